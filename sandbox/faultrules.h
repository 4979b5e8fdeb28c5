// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

class QDateTime;
struct SandboxRequest;
struct SandboxResponse;

// What goes wrong with one request (sandbox/FAULTS.md). `kind` is what happens to the answer; a
// delay and a clock shift come on top of it.
struct FaultDecision
{
    enum class Kind
    {
        None,           // answered normally
        Reset,          // the connection is reset before anything is answered (the request is not run)
        ResetAfterBody, // the head and `bytes` body bytes, then a reset
        ShortBody,      // the full Content-Length, `bytes` body bytes, then a clean close
        Stall,          // never answered; the connection stays open (the request is not run)
        Error,          // `status` with an S3 or EC2 error `code` (the request is not run)
        CompleteError,  // CompleteMultipartUpload answers 200 with <Error><Code>code</Code>
        Corrupt,        // the real answer with one body byte flipped (at `offset`)
        Drip,           // the real answer, its body `bytes` at a time every `intervalMs`, then a close
        ChunkedCut, // the real answer sent chunked, `bytes` body bytes, then a clean close (no last chunk)
        Redirect,   // `status` 3xx with an S3 <Error> `code`, `location` and `region` (not run)
    };

    Kind kind = Kind::None;
    qint64 bytes = -1;  // ResetAfterBody, ShortBody; -1: ShortBody sends half, ResetAfterBody none
    qint64 offset = -1; // Corrupt: the body byte to flip (past the end: the last); -1: the middle one
    int status = 0;
    QByteArray code;
    QByteArray message;
    int delayMs = 0;              // before the answer is written
    qint64 clockShiftSeconds = 0; // the server's clock while it handles the request
    int intervalMs = 0;           // Drip: between two pieces of the body
    int retryAfterSeconds = -1;   // Error: a Retry-After header; -1: none
    QByteArray location;          // Redirect: the Location header, "{target}" replaced by the request target
    QByteArray region;            // Redirect: the x-amz-bucket-region header and <Region>

    bool isNone() const { return kind == Kind::None && delayMs == 0 && clockShiftSeconds == 0; }
};

// One rule: which requests (method, target pattern, EC2 Action), which of the matching ones (counted
// per rule, from 1), and what to do.
struct FaultRule
{
    enum class Action
    {
        Reset,
        ResetAfterBody,
        ShortBody,
        Stall,
        Delay,
        Error,
        CompleteError,
        ClockShift,
        Corrupt,
        Drip,
        ChunkedCut,
        Redirect,
    };

    QByteArray method;         // upper case; empty: any
    QRegularExpression target; // searched in the request target (path and query, as received)
    QByteArray ec2Action;      // an EC2 request's Action (query or POST form), exactly; empty: any request
    int from = 1;              // the first matching request the rule fires on
    int times = -1;            // how many it fires on; -1: all from `from` on
    Action action = Action::Reset;
    qint64 bytes = -1;
    qint64 offset = -1;
    int delayMs = 0;
    qint64 seconds = 0;
    int status = 0;
    QByteArray code;
    QByteArray message;
    int retryAfterSeconds = -1;
    QByteArray location;
    QByteArray region;

    // Pure: does the request look like what the rule is about? `requestEc2Action` is the Action of an
    // EC2 request (empty for S3).
    bool matches(QByteArrayView method, QByteArrayView target, QByteArrayView requestEc2Action = {}) const;
    // Pure: does the rule fire on its `count`-th matching request (1-based)?
    bool firesOn(int count) const;
    // A glob over the whole target ("*" any run of characters, "/" included; "?" one character).
    static QRegularExpression globToRegularExpression(const QString &glob);
};

// The fault script of a sandbox: rules in order, each with its own count of matching requests.
// The first firing rule with an answer-changing action decides `kind`; every firing Delay and
// ClockShift rule adds to the decision.
class FaultRules
{
public:
    FaultRules() = default;
    explicit FaultRules(QList<FaultRule> rules)
        : m_rules(std::move(rules))
        , m_counts(m_rules.size(), 0)
    {}

    // The JSON of FAULTS.md; nullopt-like empty rules and *error set when it is malformed.
    static FaultRules fromJson(const QByteArray &json, QString *error);
    static FaultRules fromFile(const QString &path, QString *error);

    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<FaultRule> &rules() const { return m_rules; }
    // How many requests rule `index` has matched so far.
    int matchedCount(qsizetype index) const { return m_counts.value(index); }
    // Counts the request against every rule it matches and says what goes wrong with it.
    FaultDecision decide(QByteArrayView method, QByteArrayView target, QByteArrayView ec2Action = {});

    // The answer of an Error (or Redirect) decision: S3's <Error> or EC2's <Response><Errors>, with a
    // Date header (and Retry-After, Location, x-amz-bucket-region when the rule gave them).
    static SandboxResponse errorResponse(
        const FaultDecision &decision, const SandboxRequest &request, const QDateTime &now);

private:
    QList<FaultRule> m_rules;
    QList<int> m_counts;
};
