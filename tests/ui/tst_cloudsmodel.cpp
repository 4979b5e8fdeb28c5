// SPDX-License-Identifier: GPL-3.0-or-later
// The clouds panel's model: cloud → region → Instances, Events, Buckets, under the model checker.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/profilepresets.h"
#include "clouds/profilestore.h"
#include "cloudsmodel.h"

using namespace Qt::StringLiterals;

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

class TestCloudsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyStore();
    void treeShape();
    void rolesNameTheNode();
    void reloadFollowsTheStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestCloudsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.json"_s));
    CloudProfile aws = ProfilePresets::aws(u"eu-west-1"_s);
    aws.name = u"aws"_s;
    aws.regions = {u"eu-west-1"_s, u"us-east-1"_s};
    CloudProfile gcs = ProfilePresets::gcs();
    gcs.name = u"gcs"_s;
    CloudProfile euca = ProfilePresets::eucalyptus(u"euca.example"_s);
    euca.name = u"euca"_s;
    euca.s3Endpoint.clear(); // EC2 only
    euca.regions.clear();
    euca.defaultRegion = u"eucalyptus"_s;
    for (const CloudProfile &p : {aws, gcs, euca})
        m_store->upsert(p);
}

void TestCloudsModel::emptyStore()
{
    ProfileStore empty(m_dir->filePath(u"none.json"_s));
    CloudsModel model(&empty);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Clouds"_s);
}

void TestCloudsModel::treeShape()
{
    CloudsModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(childNames(model, {}), (QStringList {u"aws"_s, u"gcs"_s, u"euca"_s}));
    const QModelIndex aws = model.index(0, 0);
    QCOMPARE(childNames(model, aws), (QStringList {u"eu-west-1"_s, u"us-east-1"_s}));
    const QModelIndex usEast = model.index(1, 0, aws);
    QCOMPARE(childNames(model, usEast), (QStringList {u"Instances"_s, u"Events"_s, u"Buckets"_s}));
    QCOMPARE(model.parent(usEast), aws);
    QCOMPARE(model.parent(model.index(2, 0, usEast)), usEast);
    QCOMPARE(model.rowCount(model.index(2, 0, usEast)), 0);

    const QModelIndex gcs = model.index(1, 0);
    QCOMPARE(model.rowCount(gcs), 1);
    QCOMPARE(childNames(model, model.index(0, 0, gcs)), QStringList {u"Buckets"_s}); // S3 only

    const QModelIndex euca = model.index(2, 0);
    QCOMPARE(childNames(model, euca), QStringList {u"eucalyptus"_s}); // no list: the default region
    QCOMPARE(childNames(model, model.index(0, 0, euca)), (QStringList {u"Instances"_s, u"Events"_s}));
}

void TestCloudsModel::rolesNameTheNode()
{
    CloudsModel model(m_store.get());
    const QModelIndex aws = model.index(0, 0);
    QCOMPARE(aws.data(CloudsModel::NodeKindRole).toInt(), int(CloudsModel::NodeKind::Cloud));
    QVERIFY(aws.data(Qt::ToolTipRole).toString().contains(u"amazonaws.com"_s));
    const QModelIndex buckets = model.index(2, 0, model.index(0, 0, aws));
    QCOMPARE(buckets.data(CloudsModel::NodeKindRole).toInt(), int(CloudsModel::NodeKind::Buckets));
    QCOMPARE(buckets.data(CloudsModel::ProfileNameRole).toString(), u"aws"_s);
    QCOMPARE(buckets.data(CloudsModel::RegionRole).toString(), u"eu-west-1"_s);
    QCOMPARE(model.indexOfProfile(u"euca"_s), model.index(2, 0));
    QVERIFY(!model.indexOfProfile(u"nope"_s).isValid());
}

void TestCloudsModel::reloadFollowsTheStore()
{
    CloudsModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_store->remove(u"gcs"_s);
    CloudProfile sandbox = ProfilePresets::sandbox(9000);
    sandbox.name = u"Local sandbox"_s;
    sandbox.regions = {u"us-east-1"_s, u"eu-west-1"_s};
    m_store->upsert(sandbox);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(childNames(model, {}), (QStringList {u"aws"_s, u"euca"_s, u"Local sandbox"_s}));
    QCOMPARE(model.rowCount(model.index(2, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0, model.index(2, 0))), 3);
}

QTEST_MAIN(TestCloudsModel)
#include "tst_cloudsmodel.moc"
