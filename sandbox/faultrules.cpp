// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "auth/signer.h"
#include "ec2/ec2router.h"
#include "ec2/ec2xml.h"
#include "s3call.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

using namespace Qt::StringLiterals;

namespace {

struct ActionName
{
    QLatin1StringView name;
    FaultRule::Action action;
};

constexpr ActionName kActions[] = {
    {"reset"_L1, FaultRule::Action::Reset},
    {"resetAfterBody"_L1, FaultRule::Action::ResetAfterBody},
    {"shortBody"_L1, FaultRule::Action::ShortBody},
    {"stall"_L1, FaultRule::Action::Stall},
    {"delay"_L1, FaultRule::Action::Delay},
    {"error"_L1, FaultRule::Action::Error},
    {"completeError"_L1, FaultRule::Action::CompleteError},
    {"clockShift"_L1, FaultRule::Action::ClockShift},
    {"corrupt"_L1, FaultRule::Action::Corrupt},
    {"drip"_L1, FaultRule::Action::Drip},
    {"chunkedCut"_L1, FaultRule::Action::ChunkedCut},
    {"redirect"_L1, FaultRule::Action::Redirect},
};

const QStringList &knownFields()
{
    static const QStringList fields = {u"method"_s,
        u"target"_s,
        u"glob"_s,
        u"ec2Action"_s,
        u"nth"_s,
        u"from"_s,
        u"times"_s,
        u"action"_s,
        u"bytes"_s,
        u"offset"_s,
        u"ms"_s,
        u"seconds"_s,
        u"status"_s,
        u"code"_s,
        u"message"_s,
        u"retryAfter"_s,
        u"location"_s,
        u"region"_s,
        u"comment"_s};
    return fields;
}

// One rule object; an empty string when it is good, else what is wrong.
QString parseRule(const QJsonObject &o, FaultRule *rule)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownFields().contains(it.key()))
            return u"unknown field \"%1\""_s.arg(it.key());
    }
    rule->method = o.value("method"_L1).toString().toUpper().toUtf8();
    if (rule->method == "*")
        rule->method.clear();
    if (o.contains("target"_L1) && o.contains("glob"_L1))
        return u"give \"target\" or \"glob\", not both"_s;
    if (o.contains("target"_L1))
        rule->target = QRegularExpression(o.value("target"_L1).toString());
    else if (o.contains("glob"_L1))
        rule->target = FaultRule::globToRegularExpression(o.value("glob"_L1).toString());
    if (!rule->target.isValid())
        return u"bad pattern: %1"_s.arg(rule->target.errorString());
    if (o.contains("ec2Action"_L1)) {
        rule->ec2Action = o.value("ec2Action"_L1).toString().toUtf8();
        if (rule->ec2Action.isEmpty())
            return u"\"ec2Action\" names an action, e.g. \"DescribeInstanceStatus\""_s;
    }
    if (o.contains("nth"_L1)) {
        if (o.contains("from"_L1) || o.contains("times"_L1))
            return u"\"nth\" goes without \"from\" and \"times\""_s;
        rule->from = o.value("nth"_L1).toInt(0);
        rule->times = 1;
    } else {
        rule->from = o.value("from"_L1).toInt(1);
        rule->times = o.value("times"_L1).toInt(-1);
    }
    if (rule->from < 1 || rule->times == 0 || rule->times < -1)
        return u"\"nth\"/\"from\" count from 1 and \"times\" is positive"_s;
    const QString action = o.value("action"_L1).toString();
    const auto found = std::find_if(
        std::begin(kActions), std::end(kActions), [&](const ActionName &a) { return a.name == action; });
    if (found == std::end(kActions))
        return u"unknown action \"%1\""_s.arg(action);
    rule->action = found->action;
    rule->bytes = o.value("bytes"_L1).toInteger(-1);
    rule->offset = o.value("offset"_L1).toInteger(-1);
    rule->delayMs = o.value("ms"_L1).toInt(0);
    rule->seconds = o.value("seconds"_L1).toInteger(0);
    rule->status = o.value("status"_L1).toInt(0);
    rule->code = o.value("code"_L1).toString().toUtf8();
    rule->message = o.value("message"_L1).toString().toUtf8();
    rule->retryAfterSeconds = o.value("retryAfter"_L1).toInt(-1);
    rule->location = o.value("location"_L1).toString().toUtf8();
    rule->region = o.value("region"_L1).toString().toUtf8();
    if (o.contains("retryAfter"_L1)
        && (rule->action != FaultRule::Action::Error || rule->retryAfterSeconds < 0))
        return u"\"retryAfter\" (seconds, 0 or more) goes with \"error\""_s;
    switch (rule->action) {
    case FaultRule::Action::Delay:
        if (rule->delayMs <= 0)
            return u"\"delay\" needs \"ms\" > 0"_s;
        break;
    case FaultRule::Action::ClockShift:
        if (rule->seconds == 0)
            return u"\"clockShift\" needs \"seconds\""_s;
        break;
    case FaultRule::Action::Error:
        if (rule->status < 300 || rule->status > 599 || rule->code.isEmpty())
            return u"\"error\" needs \"status\" (300-599) and \"code\""_s;
        break;
    case FaultRule::Action::CompleteError:
        if (rule->code.isEmpty())
            rule->code = "InternalError";
        break;
    case FaultRule::Action::Corrupt:
        if (o.contains("offset"_L1) && rule->offset < 0)
            return u"\"offset\" counts body bytes from 0"_s;
        break;
    case FaultRule::Action::Drip:
        if (rule->bytes < 0)
            rule->bytes = 1024;
        if (rule->delayMs <= 0)
            rule->delayMs = 1000;
        if (rule->bytes == 0)
            return u"\"drip\" needs \"bytes\" > 0"_s;
        break;
    case FaultRule::Action::Redirect:
        if (rule->status < 300 || rule->status > 399)
            return u"\"redirect\" needs \"status\" (300-399)"_s;
        if (rule->location.isEmpty() && rule->region.isEmpty())
            return u"\"redirect\" needs \"location\" or \"region\""_s;
        if (rule->code.isEmpty())
            rule->code = rule->status == 301 ? "PermanentRedirect" : "TemporaryRedirect";
        break;
    default:
        break;
    }
    return {};
}

QByteArray defaultMessage(const QByteArray &code)
{
    if (code == "SlowDown")
        return "Please reduce your request rate.";
    if (code == "InternalError")
        return "We encountered an internal error. Please try again.";
    if (code == "ServiceUnavailable")
        return "Service is unable to handle request.";
    if (code == "RequestLimitExceeded")
        return "Request limit exceeded.";
    if (code == "PermanentRedirect")
        return "The bucket you are attempting to access must be addressed using the specified endpoint.";
    if (code == "TemporaryRedirect")
        return "Please re-send this request to the specified temporary endpoint.";
    return "Fault injected by the sandbox: " + code;
}

} // namespace

bool FaultRule::matches(
    QByteArrayView requestMethod, QByteArrayView requestTarget, QByteArrayView requestEc2Action) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (!ec2Action.isEmpty() && ec2Action != requestEc2Action)
        return false;
    if (target.pattern().isEmpty())
        return true;
    return target.match(QString::fromUtf8(requestTarget)).hasMatch();
}

bool FaultRule::firesOn(int count) const
{
    return count >= from && (times < 0 || count < from + times);
}

QRegularExpression FaultRule::globToRegularExpression(const QString &glob)
{
    QString pattern = u"\\A"_s;
    for (const QChar c : glob) {
        if (c == u'*')
            pattern += u".*"_s;
        else if (c == u'?')
            pattern += u'.';
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    pattern += u"\\z"_s;
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
}

FaultRules FaultRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = u"not JSON: %1"_s.arg(parseError.errorString());
        return {};
    }
    const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value("rules"_L1).toArray();
    if (doc.isObject() && !doc.object().value("rules"_L1).isArray()) {
        *error = u"expected {\"rules\": [...]} or an array of rules"_s;
        return {};
    }
    QList<FaultRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = u"rule %1 is not an object"_s.arg(i + 1);
            return {};
        }
        FaultRule rule;
        const QString problem = parseRule(array.at(i).toObject(), &rule);
        if (!problem.isEmpty()) {
            *error = u"rule %1: %2"_s.arg(i + 1).arg(problem);
            return {};
        }
        rules.append(std::move(rule));
    }
    error->clear();
    return FaultRules(std::move(rules));
}

FaultRules FaultRules::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the fault rules %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    FaultRules rules = fromJson(file.readAll(), error);
    if (!error->isEmpty())
        *error = u"%1: %2"_s.arg(path, *error);
    return rules;
}

FaultDecision FaultRules::decide(QByteArrayView method, QByteArrayView target, QByteArrayView ec2Action)
{
    FaultDecision decision;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules.at(i);
        if (!rule.matches(method, target, ec2Action) || !rule.firesOn(++m_counts[i]))
            continue;
        switch (rule.action) {
        case FaultRule::Action::Delay:
            decision.delayMs += rule.delayMs;
            continue;
        case FaultRule::Action::ClockShift:
            decision.clockShiftSeconds += rule.seconds;
            continue;
        default:
            break;
        }
        if (decision.kind != FaultDecision::Kind::None)
            continue; // an earlier rule already decided the answer
        decision.bytes = rule.bytes;
        decision.offset = rule.offset;
        decision.status = rule.status;
        decision.code = rule.code;
        decision.message = rule.message;
        decision.retryAfterSeconds = rule.retryAfterSeconds;
        decision.location = rule.location;
        decision.region = rule.region;
        switch (rule.action) {
        case FaultRule::Action::Reset:
            decision.kind = FaultDecision::Kind::Reset;
            break;
        case FaultRule::Action::ResetAfterBody:
            decision.kind = FaultDecision::Kind::ResetAfterBody;
            break;
        case FaultRule::Action::ShortBody:
            decision.kind = FaultDecision::Kind::ShortBody;
            break;
        case FaultRule::Action::Stall:
            decision.kind = FaultDecision::Kind::Stall;
            break;
        case FaultRule::Action::Error:
            decision.kind = FaultDecision::Kind::Error;
            break;
        case FaultRule::Action::Corrupt:
            decision.kind = FaultDecision::Kind::Corrupt;
            break;
        case FaultRule::Action::Drip:
            decision.kind = FaultDecision::Kind::Drip;
            decision.intervalMs = rule.delayMs;
            break;
        case FaultRule::Action::ChunkedCut:
            decision.kind = FaultDecision::Kind::ChunkedCut;
            break;
        case FaultRule::Action::Redirect:
            decision.kind = FaultDecision::Kind::Redirect;
            break;
        default:
            decision.kind = FaultDecision::Kind::CompleteError;
            break;
        }
    }
    return decision;
}

SandboxResponse FaultRules::errorResponse(
    const FaultDecision &decision, const SandboxRequest &request, const QDateTime &now)
{
    const QByteArray requestId
        = QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper().rightJustified(16, '0');
    const QByteArray message = decision.message.isEmpty() ? defaultMessage(decision.code) : decision.message;
    SandboxResponse response;
    if (Ec2Router::isEc2(request)) {
        response = Ec2Xml::error(decision.status, decision.code, message, requestId);
    } else {
        const S3Call call {request, {}, {}, requestId, {}, now};
        QList<std::pair<QByteArray, QByteArray>> extra;
        if (!decision.region.isEmpty())
            extra.append({"Region", decision.region});
        response = call.error(decision.status, decision.code, message, extra);
        response.addHeader("x-amz-request-id", requestId);
    }
    if (decision.retryAfterSeconds >= 0)
        response.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
    if (!decision.location.isEmpty())
        response.addHeader("Location", QByteArray(decision.location).replace("{target}", request.target));
    if (!decision.region.isEmpty())
        response.addHeader("x-amz-bucket-region", decision.region);
    response.addHeader("Date", SigningTime::httpDate(now));
    response.addHeader("Server", "SkylightSandbox");
    return response;
}
