// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QList<QJsonObject> statements(const QJsonObject &policy)
{
    QList<QJsonObject> out;
    const QJsonValue statement = policy.value(u"Statement"_s);
    if (statement.isObject())
        out.append(statement.toObject());
    for (const QJsonValue &item : statement.toArray())
        out.append(item.toObject());
    return out;
}

// IAM wildcards: '*' is any run of characters, '/' included (Qt 6.4's wildcard conversion stops
// '*' at '/', which would keep "arn:aws:s3:::site/*" from reaching "site/blog/index.html").
bool globMatches(const QString &pattern, const QString &text, Qt::CaseSensitivity cs)
{
    QString expression = u"\\A"_s;
    for (const QChar c : pattern) {
        if (c == u'*')
            expression += u".*"_s;
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    expression += u"\\z"_s;
    const QRegularExpression re(expression,
        QRegularExpression::DotMatchesEverythingOption
            | (cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                         : QRegularExpression::NoPatternOption));
    return re.match(text).hasMatch();
}

bool anonymousPrincipal(const QJsonValue &principal)
{
    if (principal.toString() == u"*"_s)
        return true;
    return strings(principal.toObject().value(u"AWS"_s)).contains(u"*"_s);
}

bool anyMatches(const QStringList &patterns, const QString &text, Qt::CaseSensitivity cs)
{
    for (const QString &p : patterns) {
        if (globMatches(p, text, cs))
            return true;
    }
    return false;
}

bool applies(const QJsonObject &s, QByteArrayView action, QByteArrayView resource)
{
    if (s.contains(u"Condition"_s) || !anonymousPrincipal(s.value(u"Principal"_s)))
        return false;
    const QString a = QString::fromUtf8(action);
    const QString r = QString::fromUtf8(resource);
    const bool actionOk = s.contains(u"NotAction"_s)
        ? !anyMatches(strings(s.value(u"NotAction"_s)), a, Qt::CaseInsensitive)
        : anyMatches(strings(s.value(u"Action"_s)), a, Qt::CaseInsensitive);
    const bool resourceOk = s.contains(u"NotResource"_s)
        ? !anyMatches(strings(s.value(u"NotResource"_s)), r, Qt::CaseSensitive)
        : anyMatches(strings(s.value(u"Resource"_s)), r, Qt::CaseSensitive);
    return actionOk && resourceOk;
}

} // namespace

namespace BucketPolicy {

QByteArray problem(const QByteArray &json, const QByteArray &bucket)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return "Policies must be valid JSON and the first byte must be '{'";
    const QJsonObject policy = document.object();
    const QString version = policy.value(u"Version"_s).toString();
    if (policy.contains(u"Version"_s) && version != u"2012-10-17"_s && version != u"2008-10-17"_s)
        return "The policy must contain a valid version string";
    const QList<QJsonObject> list = statements(policy);
    if (list.isEmpty())
        return "Missing required field Statement";
    const QString arn = u"arn:aws:s3:::"_s + QString::fromUtf8(bucket);
    for (const QJsonObject &s : list) {
        const QString effect = s.value(u"Effect"_s).toString();
        if (effect != u"Allow"_s && effect != u"Deny"_s)
            return "Invalid effect: " + effect.toUtf8();
        if (!s.contains(u"Principal"_s) && !s.contains(u"NotPrincipal"_s))
            return "Missing required field Principal";
        if (!s.contains(u"Action"_s) && !s.contains(u"NotAction"_s))
            return "Missing required field Action";
        if (!s.contains(u"Resource"_s) && !s.contains(u"NotResource"_s))
            return "Missing required field Resource";
        const QStringList actions = strings(s.value(s.contains(u"Action"_s) ? u"Action"_s : u"NotAction"_s));
        for (const QString &action : actions) {
            if (action != u"*"_s && !action.startsWith(u"s3:"_s, Qt::CaseInsensitive))
                return "Policy has invalid action";
        }
        const QStringList resources
            = strings(s.value(s.contains(u"Resource"_s) ? u"Resource"_s : u"NotResource"_s));
        if (actions.isEmpty() || resources.isEmpty())
            return "Policy has an empty Action or Resource";
        for (const QString &resource : resources) {
            if (resource != arn && !resource.startsWith(arn + u'/'))
                return "Policy has invalid resource";
        }
    }
    return {};
}

bool allowsAnonymous(const QByteArray &json, QByteArrayView action, QByteArrayView resource)
{
    const QJsonObject policy = QJsonDocument::fromJson(json).object();
    bool allowed = false;
    for (const QJsonObject &s : statements(policy)) {
        if (!applies(s, action, resource))
            continue;
        if (s.value(u"Effect"_s).toString() == u"Deny"_s)
            return false;
        allowed = true;
    }
    return allowed;
}

bool isPublic(const QByteArray &json)
{
    for (const QJsonObject &s : statements(QJsonDocument::fromJson(json).object())) {
        if (s.value(u"Effect"_s).toString() == u"Allow"_s && !s.contains(u"Condition"_s)
            && anonymousPrincipal(s.value(u"Principal"_s)))
            return true;
    }
    return false;
}

} // namespace BucketPolicy
