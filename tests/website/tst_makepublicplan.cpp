// SPDX-License-Identifier: GPL-3.0-or-later
// "Make public" before anything is sent: the policy merge keeps every existing statement, Block
// Public Access is detected and explained, clouds without policies fall back to ACLs, and "Make
// private" takes out only Skylight's statement.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"
#include "website/makepublicplan.h"
#include "website/publicrecord.h"

using namespace Qt::StringLiterals;

namespace {

QJsonArray statements(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"Statement").toArray();
}

} // namespace

class TestMakePublicPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policyForBucketWithoutPolicy();
    void mergeKeepsExistingStatements();
    void alreadyPublicChangesNothing();
    void removeTakesOnlyOurStatement();
    void listingAddsSecondStatement();
    void unreadablePolicyIsLeftAlone();
    void blockPublicAccess_data();
    void blockPublicAccess();
    void aclFallback();
    void unsupportedCloud();
    void recordRoundTrip();
};

void TestMakePublicPlan::policyForBucketWithoutPolicy()
{
    MakePublicPlan::Inputs in;
    in.bucket = u"site"_s;
    const MakePublicPlan plan = MakePublicPlan::compute(in);
    QCOMPARE(plan.route, MakePublicPlan::Route::Policy);
    QVERIFY(plan.policy.changed);
    const QJsonObject policy = QJsonDocument::fromJson(plan.policy.json).object();
    QCOMPARE(policy.value(u"Version").toString(), u"2012-10-17"_s);
    const QJsonArray s = statements(plan.policy.json);
    QCOMPARE(s.size(), 1);
    const QJsonObject st = s[0].toObject();
    QCOMPARE(st.value(u"Effect").toString(), u"Allow"_s);
    QCOMPARE(st.value(u"Principal").toString(), u"*"_s);
    QCOMPARE(st.value(u"Action").toString(), u"s3:GetObject"_s);
    QCOMPARE(st.value(u"Resource").toString(), u"arn:aws:s3:::site/*"_s);
    QVERIFY(!plan.blocked);
    QVERIFY(plan.steps.first().contains(u"arn:aws:s3:::site/*"));
}

void TestMakePublicPlan::mergeKeepsExistingStatements()
{
    const QByteArray existing = TestData::read(u"website/policy-two-statements.json"_s);
    const PublicReadPolicy::Merge m = PublicReadPolicy::add(existing, u"site"_s);
    QVERIFY(m.changed);
    const QJsonObject before = QJsonDocument::fromJson(existing).object();
    const QJsonObject after = QJsonDocument::fromJson(m.json).object();
    QCOMPARE(after.value(u"Id"), before.value(u"Id"));
    const QJsonArray s = after.value(u"Statement").toArray();
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[0], before.value(u"Statement").toArray()[0]); // untouched, Condition and all
    QCOMPARE(s[1], before.value(u"Statement").toArray()[1]);
    QCOMPARE(s[2].toObject().value(u"Sid").toString(), QString::fromLatin1(PublicReadPolicy::kSid));
    QVERIFY(PublicReadPolicy::grantsPublicRead(m.json, u"site"_s));
    QVERIFY(!PublicReadPolicy::grantsPublicRead(existing, u"site"_s));
    QVERIFY(!PublicReadPolicy::grantsPublicRead(m.json, u"other"_s));
    // A single statement written as an object (not an array) is kept too.
    const QByteArray single
        = R"({"Version":"2012-10-17","Statement":{"Sid":"One","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::site"}})";
    const QJsonArray two = statements(PublicReadPolicy::add(single, u"site"_s).json);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].toObject().value(u"Sid").toString(), u"One"_s);
}

void TestMakePublicPlan::alreadyPublicChangesNothing()
{
    const QByteArray existing
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":["s3:GetObject"],"Resource":["arn:aws:s3:::site/*"]}]})";
    const PublicReadPolicy::Merge m = PublicReadPolicy::add(existing, u"site"_s);
    QVERIFY(!m.changed);
    QCOMPARE(m.json, existing);
    // With a Condition it does not count: Skylight adds its own.
    const QByteArray conditional
        = R"({"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]})";
    QVERIFY(PublicReadPolicy::add(conditional, u"site"_s).changed);
}

void TestMakePublicPlan::removeTakesOnlyOurStatement()
{
    const QByteArray existing = TestData::read(u"website/policy-two-statements.json"_s);
    const QByteArray merged = PublicReadPolicy::add(existing, u"site"_s).json;
    const PublicReadPolicy::Merge removed = PublicReadPolicy::remove(merged);
    QVERIFY(removed.changed);
    QCOMPARE(QJsonDocument::fromJson(removed.json).object(), QJsonDocument::fromJson(existing).object());
    // Only ours was there: nothing left, so the policy is to be deleted.
    const QByteArray alone = PublicReadPolicy::add({}, u"site"_s).json;
    const PublicReadPolicy::Merge gone = PublicReadPolicy::remove(alone);
    QVERIFY(gone.changed);
    QVERIFY(gone.json.isEmpty());
    // Not ours: unchanged.
    QVERIFY(!PublicReadPolicy::remove(existing).changed);
}

void TestMakePublicPlan::listingAddsSecondStatement()
{
    MakePublicPlan::Inputs in;
    in.bucket = u"site"_s;
    in.publicListing = true;
    const MakePublicPlan plan = MakePublicPlan::compute(in);
    const QJsonArray s = statements(plan.policy.json);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[1].toObject().value(u"Action").toString(), u"s3:ListBucket"_s);
    QCOMPARE(
        s[1].toObject().value(u"Resource").toString(), u"arn:aws:s3:::site"_s); // the bucket, not its keys
    QVERIFY(PublicReadPolicy::grantsPublicList(plan.policy.json, u"site"_s));
    QVERIFY(plan.steps.join(u' ').contains(u"404"));
    // Without it the plan says what a missing page will answer.
    in.publicListing = false;
    QVERIFY(MakePublicPlan::compute(in).steps.join(u' ').contains(u"403"));
    // Both of Skylight's statements go on "Make private".
    QVERIFY(PublicReadPolicy::remove(plan.policy.json).json.isEmpty());
    // Already public for reading: only the listing statement is added.
    const QByteArray readOnly = PublicReadPolicy::add({}, u"site"_s).json;
    QCOMPARE(statements(PublicReadPolicy::add(readOnly, u"site"_s, true).json).size(), 2);
}

void TestMakePublicPlan::unreadablePolicyIsLeftAlone()
{
    MakePublicPlan::Inputs in;
    in.bucket = u"site"_s;
    in.existingPolicy = "{not json";
    const MakePublicPlan plan = MakePublicPlan::compute(in);
    QVERIFY(!plan.problem.isEmpty());
    QVERIFY(!plan.policy.changed);
}

void TestMakePublicPlan::blockPublicAccess_data()
{
    QTest::addColumn<bool>("blockPolicy");
    QTest::addColumn<bool>("restrict");
    QTest::addColumn<bool>("blockAcls");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("all four (AWS's default)")
        << true << true << true << QStringList {u"BlockPublicPolicy"_s, u"RestrictPublicBuckets"_s};
    QTest::newRow("policy only") << true << false << false << QStringList {u"BlockPublicPolicy"_s};
    QTest::newRow("restrict only") << false << true << false << QStringList {u"RestrictPublicBuckets"_s};
    QTest::newRow("ACLs only: no matter for a policy") << false << false << true << QStringList {};
}

void TestMakePublicPlan::blockPublicAccess()
{
    QFETCH(bool, blockPolicy);
    QFETCH(bool, restrict);
    QFETCH(bool, blockAcls);
    QFETCH(QStringList, named);
    MakePublicPlan::Inputs in;
    in.bucket = u"site"_s;
    PublicAccessBlockSettings block;
    block.blockPublicPolicy = blockPolicy;
    block.restrictPublicBuckets = restrict;
    block.blockPublicAcls = blockAcls;
    block.ignorePublicAcls = blockAcls;
    in.block = block;
    const MakePublicPlan plan = MakePublicPlan::compute(in);
    QCOMPARE(plan.blocked, !named.isEmpty());
    QCOMPARE(plan.blockers.size(), named.size());
    for (qsizetype i = 0; i < named.size(); ++i)
        QVERIFY2(plan.blockers[i].contains(named[i]), qPrintable(plan.blockers[i]));
    QVERIFY(!plan.newBlock);

    in.allowChangeBlock = true;
    const MakePublicPlan allowed = MakePublicPlan::compute(in);
    QVERIFY(!allowed.blocked);
    QCOMPARE(allowed.newBlock.has_value(), !named.isEmpty());
    if (allowed.newBlock) {
        QVERIFY(!allowed.newBlock->blockPublicPolicy);
        QVERIFY(!allowed.newBlock->restrictPublicBuckets);
        QCOMPARE(allowed.newBlock->blockPublicAcls, blockAcls); // left as it was
        QCOMPARE(allowed.newBlock->ignorePublicAcls, blockAcls);
        QVERIFY(allowed.steps.first().contains(u"Block Public Access"));
        // The settings go on the wire as S3's XML, read back the same.
        QCOMPARE(PublicAccessBlockSettings::parse(allowed.newBlock->toXml()), allowed.newBlock);
    }
}

void TestMakePublicPlan::aclFallback()
{
    MakePublicPlan::Inputs in;
    in.bucket = u"site"_s;
    in.provider = CloudProvider::Gcs;
    MakePublicPlan plan = MakePublicPlan::compute(in);
    QCOMPARE(plan.route, MakePublicPlan::Route::Acl);
    QVERIFY(plan.steps.join(u' ').contains(u"public-read"));
    // An S3-compatible store that answered NotImplemented to ?policy.
    in.provider = CloudProvider::S3Compatible;
    in.policySupported = false;
    QCOMPARE(MakePublicPlan::compute(in).route, MakePublicPlan::Route::Acl);
    // ACL blockers matter on the ACL route.
    PublicAccessBlockSettings block;
    block.ignorePublicAcls = true;
    in.block = block;
    plan = MakePublicPlan::compute(in);
    QVERIFY(plan.blocked);
    QVERIFY(plan.blockers.first().contains(u"IgnorePublicAcls"));
}

void TestMakePublicPlan::unsupportedCloud()
{
    MakePublicPlan::Inputs in;
    in.bucket = u"item"_s;
    in.provider = CloudProvider::InternetArchive;
    const MakePublicPlan plan = MakePublicPlan::compute(in);
    QCOMPARE(plan.route, MakePublicPlan::Route::Unsupported);
    QVERIFY(plan.problem.contains(u"Internet Archive"));
}

void TestMakePublicPlan::recordRoundTrip()
{
    PublicRecord r;
    r.bucket = u"site"_s;
    r.addedPolicyStatement = true;
    r.changedBlock = true;
    r.previousBlockXml = PublicAccessBlockSettings {true, true, true, true}.toXml();
    r.aclKeys = {u"a b.html"_s, u"dir/é.html"_s};
    QTemporaryDir dir;
    const QString path
        = PublicRecord::fileFor(dir.path(), u"https://s3.us-east-1.amazonaws.com"_s, u"site"_s);
    QVERIFY(path != PublicRecord::fileFor(dir.path(), u"https://s3.us-east-1.amazonaws.com"_s, u"other"_s));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const std::optional<PublicRecord> back = PublicRecord::load(path);
    QVERIFY(back);
    QCOMPARE(back->toJson(), r.toJson());
    QVERIFY(!back->isEmpty());
}

QTEST_GUILESS_MAIN(TestMakePublicPlan)
#include "tst_makepublicplan.moc"
