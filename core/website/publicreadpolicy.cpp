// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/publicreadpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PublicReadPolicy)
};

QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    return v.isUndefined() || v.isNull() ? QJsonArray() : QJsonArray {v};
}

bool isEveryone(const QJsonValue &principal)
{
    if (principal.toString() == u"*")
        return true;
    const QJsonArray aws = asArray(principal.toObject().value(u"AWS"));
    return std::any_of(aws.begin(), aws.end(), [](const QJsonValue &p) { return p.toString() == u"*"; });
}

bool coversAction(const QJsonValue &action, QStringView wanted)
{
    const QJsonArray actions = asArray(action);
    return std::any_of(actions.begin(), actions.end(), [&](const QJsonValue &a) {
        const QString s = a.toString();
        return s == u"*" || s.compare(u"s3:*", Qt::CaseInsensitive) == 0
            || s.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

bool coversResource(const QJsonValue &resource, const QString &arn)
{
    const QJsonArray resources = asArray(resource);
    return std::any_of(resources.begin(), resources.end(), [&](const QJsonValue &r) {
        return r.toString() == arn || r.toString() == u"*";
    });
}

// Reads a policy into its object and statement list; false with *problem set when it is not one.
bool read(const QByteArray &existing, QJsonObject *policy, QJsonArray *statements, QString *problem)
{
    if (existing.trimmed().isEmpty()) {
        *policy = QJsonObject {{u"Version"_s, u"2012-10-17"_s}};
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(existing, &error);
    if (!doc.isObject()) {
        *problem = Tr::tr("The bucket's current policy is not a JSON object (%1); Skylight leaves it alone.")
                       .arg(error.errorString());
        return false;
    }
    *policy = doc.object();
    *statements = asArray(policy->value(u"Statement"));
    return true;
}

// An unconditional Allow for everyone of `action` on `arn`.
bool grantsAnonymous(const QByteArray &policy, QStringView action, const QString &arn)
{
    QJsonObject object;
    QJsonArray statements;
    QString problem;
    if (!read(policy, &object, &statements, &problem))
        return false;
    return std::any_of(statements.begin(), statements.end(), [&](const QJsonValue &v) {
        const QJsonObject s = v.toObject();
        return s.value(u"Effect").toString() == u"Allow" && !s.contains(u"Condition")
            && !s.contains(u"NotPrincipal") && !s.contains(u"NotAction") && !s.contains(u"NotResource")
            && isEveryone(s.value(u"Principal")) && coversAction(s.value(u"Action"), action)
            && coversResource(s.value(u"Resource"), arn);
    });
}

} // namespace

QJsonObject PublicReadPolicy::statement(const QString &bucket)
{
    return QJsonObject {
        {u"Sid"_s, QString::fromLatin1(kSid)},
        {u"Effect"_s, u"Allow"_s},
        {u"Principal"_s, u"*"_s},
        {u"Action"_s, u"s3:GetObject"_s},
        {u"Resource"_s, u"arn:aws:s3:::%1/*"_s.arg(bucket)},
    };
}

bool PublicReadPolicy::grantsPublicRead(const QByteArray &policy, const QString &bucket)
{
    return grantsAnonymous(policy, u"s3:GetObject", u"arn:aws:s3:::%1/*"_s.arg(bucket));
}

bool PublicReadPolicy::grantsPublicList(const QByteArray &policy, const QString &bucket)
{
    return grantsAnonymous(policy, u"s3:ListBucket", u"arn:aws:s3:::%1"_s.arg(bucket));
}

QJsonObject PublicReadPolicy::listStatement(const QString &bucket)
{
    return QJsonObject {
        {u"Sid"_s, QString::fromLatin1(kListSid)},
        {u"Effect"_s, u"Allow"_s},
        {u"Principal"_s, u"*"_s},
        {u"Action"_s, u"s3:ListBucket"_s},
        {u"Resource"_s, u"arn:aws:s3:::%1"_s.arg(bucket)},
    };
}

PublicReadPolicy::Merge PublicReadPolicy::add(const QByteArray &existing, const QString &bucket, bool listing)
{
    Merge m;
    QJsonObject policy;
    QJsonArray statements;
    if (!read(existing, &policy, &statements, &m.problem))
        return m;
    const bool addRead = !grantsPublicRead(existing, bucket);
    const bool addList = listing && !grantsPublicList(existing, bucket);
    if (!addRead && !addList) {
        m.json = existing;
        return m;
    }
    if (addRead)
        statements.append(statement(bucket));
    if (addList)
        statements.append(listStatement(bucket));
    policy.insert(u"Statement"_s, statements);
    m.json = QJsonDocument(policy).toJson(QJsonDocument::Indented);
    m.changed = true;
    return m;
}

PublicReadPolicy::Merge PublicReadPolicy::remove(const QByteArray &existing)
{
    Merge m;
    QJsonObject policy;
    QJsonArray statements;
    if (!read(existing, &policy, &statements, &m.problem))
        return m;
    QJsonArray kept;
    for (const QJsonValue &v : statements) {
        const QString sid = v.toObject().value(u"Sid").toString();
        if (sid != QLatin1StringView(kSid) && sid != QLatin1StringView(kListSid))
            kept.append(v);
    }
    if (kept.size() == statements.size()) {
        m.json = existing;
        return m;
    }
    m.changed = true;
    if (kept.isEmpty())
        return m; // nothing left: delete the policy
    policy.insert(u"Statement"_s, kept);
    m.json = QJsonDocument(policy).toJson(QJsonDocument::Indented);
    return m;
}
