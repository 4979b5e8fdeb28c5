// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "website/makepublicjob.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class S3Client;

// "Make public…": asks for the plan first (MakePublicJob dry run) and shows it — the steps, the bucket
// policy JSON that will be applied, and what in Block Public Access stops it, with a checkbox to let
// Skylight change those settings — and applies it only on "Make public". What was changed is
// recorded in `recordPath` (merged with an earlier record) so that "Make private" can undo it.
class MakePublicDialog final : public QDialog
{
    Q_OBJECT
public:
    MakePublicDialog(
        S3Client *client, const QString &bucket, const QString &recordPath, QWidget *parent = nullptr);

    QPlainTextEdit *policyView() const { return m_policy; }
    QLabel *stepsLabel() const { return m_steps; }
    QCheckBox *allowUnblock() const { return m_allowUnblock; }
    QLabel *blockersLabel() const { return m_blockers; }
    QPushButton *makePublicButton() const { return m_go; }
    void apply();

Q_SIGNALS:
    void planShown();
    void applied(bool ok, const QString &message);

private:
    void plan();
    void showResult(const MakePublicResult &r, bool dryRun);

    S3Client *m_client;
    QString m_bucket;
    QString m_recordPath;
    QLabel *m_steps;
    QLabel *m_blockers;
    QPlainTextEdit *m_policy;
    QCheckBox *m_allowUnblock;
    QCheckBox *m_listing;
    QDialogButtonBox *m_buttons;
    QPushButton *m_go = nullptr;
};
