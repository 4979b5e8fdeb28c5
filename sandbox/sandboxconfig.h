// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include "auth/credentials.h"

class Clock;

// How one sandbox runs: where it listens, where it keeps its state, whom it lets in.
struct SandboxConfig
{
    static constexpr const char *kDefaultAccessKey = "SKYLIGHTSANDBOX";
    static constexpr const char *kDefaultSecretKey = "sandbox-secret-key";

    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                    // 0: any free port
    quint16 websitePort = 0;             // the S3 website endpoint, on `address`; 0: any free port
    QList<Credentials> credentials;      // empty: the default pair above
    QStringList regions;                 // empty: us-east-1; the first is the default
    const Clock *clock = nullptr;        // null: the system clock
    qint64 memoryBodyLimit = 256 * 1024; // larger request bodies go to a file in DATA/tmp
    bool demo = false;                   // --demo: adds eu-west-1; demo data on first start
    bool demoObjects = true; // with demo: also the S3 buckets (10,000 photos); EC2 tests skip them
    QString ec2ApiMax;       // YYYY-MM-DD: newer EC2 actions and Versions refused; empty: none
    QString faultsFile;      // --faults: JSON fault rules (FAULTS.md); empty: none
};
