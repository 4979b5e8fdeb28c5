// SPDX-License-Identifier: GPL-3.0-or-later
// The Website panel offscreen against the in-process sandbox with its demo data: www-example's
// settings load into the form, an edit of the index document is saved, and the stored document
// (read raw from the sandbox's store) still holds the routing rule and the elements Skylight does not
// edit. The XML view round-trips into the form, the routing-rule editor validates as the user types,
// "Make public…" shows the policy before applying it, the publish wizard runs to the site's URL and a
// dropped folder asks to be published. Pictures of the panel and the wizard go to the screenshots
// folder.
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "../s3/s3testsupport.h"
#include "../ui/browserrig.h"
#include "browserpage.h"
#include "bucketlistmodel.h"
#include "s3/createbucketjob.h"
#include "s3clientpool.h"
#include "sandboxstore.h"
#include "transfer/transferqueue.h"
#include "website/makepublicdialog.h"
#include "website/publishwizard.h"
#include "website/routingruleseditor.h"
#include "website/websitedialog.h"
#include "website/websiteendpointbox.h"
#include "website/websitepanel.h"

using namespace Qt::StringLiterals;

namespace {

// The demo site's document (sandbox/demodata.cpp) plus what a newer S3, or another tool, may have
// put there: an unknown element inside the rule's Redirect and one at the top.
QByteArray storedDocument()
{
    QByteArray xml = S3DemoData::websiteXml();
    xml.replace(
        "</ReplaceKeyPrefixWith>", "</ReplaceKeyPrefixWith><FutureRedirectOption>yes</FutureRedirectOption>");
    xml.replace("</WebsiteConfiguration>",
        "<FutureElement a=\"1\"><Inner>kept</Inner></FutureElement></WebsiteConfiguration>");
    return xml;
}

QString shotDir()
{
    const QString dir
        = qEnvironmentVariable("SKYLIGHT_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QDir().mkpath(dir);
    return dir;
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    t->item(row, column)->setText(text);
}

} // namespace

class TestWebsitePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadEditSaveKeepsWhatItDoesNotShow();
    void xmlViewRoundTripsIntoTheForm();
    void routingRulesEditAndValidate();
    void makePublicShowsThePlanFirst();
    void publishWizardAndDrop();
    void browserOpensTheWebsiteDialog();
    void readOnlyCloudShowsTheSettings();
    void endpointFromTheProfile();

private:
    QByteArray stored(const QString &bucket)
    {
        return m_rig.sandbox.server().store()->bucketSetting(bucket.toUtf8(), "website");
    }

    BrowserRig m_rig;
};

void TestWebsitePanel::initTestCase()
{
    // The demo's website bucket alone (seeding all the demo data takes long on a busy machine).
    QVERIFY(m_rig.start(false));
    QVERIFY(runJob(m_rig.client->createBucket({u"www-example"_s, {}})).error.isOk());
    QVERIFY(m_rig.put(u"www-example"_s, u"index.html"_s, "<html><title>Example</title></html>"));
    QVERIFY(m_rig.put(u"www-example"_s, u"error.html"_s, "<html><title>Missing</title></html>"));
    SandboxStore *store = m_rig.sandbox.server().store();
    QVERIFY(store->setBucketSetting("www-example", "policy", S3DemoData::websitePolicy()));
    QVERIFY(store->setBucketSetting("www-example", "website", storedDocument()));
    QVERIFY(stored(u"www-example"_s).contains("<FutureElement"));
}

void TestWebsitePanel::loadEditSaveKeepsWhatItDoesNotShow()
{
    WebsitePanel panel(m_rig.client.get(), u"www-example"_s);
    panel.setWebsiteBase(m_rig.sandbox.server().websiteEndpoint());
    panel.resize(900, 700);
    panel.show();
    QSignalSpy loaded(&panel, &WebsitePanel::loaded);
    panel.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(panel.enabledBox()->isChecked());
    QCOMPARE(panel.indexEdit()->text(), u"index.html"_s);
    QCOMPARE(panel.errorEdit()->text(), u"error.html"_s);
    QTableWidget *rules = panel.rulesEditor()->table();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, RoutingRulesEditor::KeyPrefix)->text(), u"old-blog/"_s);
    QCOMPARE(rules->item(0, RoutingRulesEditor::ReplacePrefix)->text(), u"blog/"_s);
    QVERIFY(!panel.saveButton()->isEnabled());

    // A document that is not in the bucket is pointed out.
    panel.indexEdit()->setText(u"start.html"_s);
    Q_EMIT panel.indexEdit()->textEdited(u"start.html"_s);
    Q_EMIT panel.indexEdit()->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(panel.indexWarning()->text().contains(u"not in the bucket"), 10000);
    QVERIFY(panel.saveButton()->isEnabled());

    QSignalSpy saved(&panel, &WebsitePanel::saved);
    panel.save();
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
    const QByteArray after = stored(u"www-example"_s);
    QVERIFY2(after.contains("<Suffix>start.html</Suffix>"), after.constData());
    QVERIFY(after.contains("<Key>error.html</Key>"));
    QVERIFY(after.contains("<KeyPrefixEquals>old-blog/</KeyPrefixEquals>"));
    QVERIFY(after.contains("<ReplaceKeyPrefixWith>blog/</ReplaceKeyPrefixWith>"));
    QVERIFY(after.contains("<FutureRedirectOption>yes</FutureRedirectOption>"));
    QVERIFY(after.contains("<FutureElement a=\"1\"><Inner>kept</Inner></FutureElement>"));
    // Independently of our parser: the sandbox serves the new index document's 404 now, and the
    // routing rule still redirects.
    QCOMPARE(m_rig.sandbox.website("GET", "/www-example/old-blog/x.html").status, 301);

    // Hosting off deletes the configuration; the panel says so after a reload.
    panel.enabledBox()->setChecked(false);
    saved.clear();
    panel.save();
    QVERIFY(saved.wait(10000));
    QVERIFY(stored(u"www-example"_s).isEmpty());
    QVERIFY(m_rig.sandbox.server().store()->setBucketSetting("www-example", "website", storedDocument()));
}

void TestWebsitePanel::xmlViewRoundTripsIntoTheForm()
{
    WebsitePanel panel(m_rig.client.get(), u"www-example"_s);
    QSignalSpy loaded(&panel, &WebsitePanel::loaded);
    panel.load();
    QVERIFY(loaded.wait(10000));
    panel.tabs()->setCurrentIndex(1);
    QString xml = panel.xmlEdit()->toPlainText();
    QVERIFY2(xml.contains(u"<FutureElement a=\"1\">"), qPrintable(xml));
    panel.xmlEdit()->setPlainText(xml.replace(u"error.html"_s, u"oops.html"_s));
    panel.tabs()->setCurrentIndex(0);
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    QCOMPARE(panel.errorEdit()->text(), u"oops.html"_s);
    QVERIFY(panel.editedConfiguration()->toXml().contains("<FutureElement a=\"1\">"));
    // Bad XML keeps the user in the XML view with the problem shown.
    panel.tabs()->setCurrentIndex(1);
    panel.xmlEdit()->setPlainText(u"<WebsiteConfiguration><IndexDocument>"_s);
    auto *problems = panel.findChild<QLabel *>(u"xmlProblems"_s);
    QVERIFY(!problems->text().isEmpty());
    panel.tabs()->setCurrentIndex(0);
    QCOMPARE(panel.tabs()->currentIndex(), 1);
    // A valid document with a problem S3 would refuse is named too.
    panel.xmlEdit()->setPlainText(u"<WebsiteConfiguration><IndexDocument><Suffix>a/b</Suffix></IndexDocument>"
                                  u"</WebsiteConfiguration>"_s);
    QVERIFY2(problems->text().contains(u"/"), qPrintable(problems->text()));
}

void TestWebsitePanel::routingRulesEditAndValidate()
{
    RoutingRulesEditor editor;
    RoutingRule first;
    first.condition = RoutingCondition {u"a/"_s, std::nullopt, {}};
    first.redirect.replaceKeyPrefixWith = u"b/"_s;
    first.redirect.kept = {{u"Future"_s, u"<Future>1</Future>"_s}};
    editor.setRules({first});
    editor.addRule();
    QTableWidget *t = editor.table();
    QCOMPARE(t->rowCount(), 2);
    auto *problems = editor.findChild<QLabel *>(u"ruleProblems"_s);
    QVERIFY(problems->text().contains(u"Routing rule 2"));
    setCell(t, 1, RoutingRulesEditor::ErrorCode, u"404"_s);
    setCell(t, 1, RoutingRulesEditor::HostName, u"example.com"_s);
    setCell(t, 1, RoutingRulesEditor::RedirectCode, u"200"_s);
    QVERIFY2(problems->text().contains(u"3xx"), qPrintable(problems->text()));
    setCell(t, 1, RoutingRulesEditor::RedirectCode, u"302"_s);
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
    // Reorder: the kept element travels with its rule.
    t->setCurrentCell(1, 0);
    editor.moveCurrent(-1);
    QCOMPARE(editor.rules().at(0).redirect.hostName.value_or(QString()), u"example.com"_s);
    QCOMPARE(editor.rules().at(1).redirect.kept.size(), 1);
    QCOMPARE(t->item(1, RoutingRulesEditor::KeyPrefix)->text(), u"a/"_s);
    t->setCurrentCell(0, 0);
    editor.removeCurrent();
    QCOMPARE(editor.rules().size(), 1);
    QCOMPARE(editor.rules().first().condition->keyPrefixEquals.value_or(QString()), u"a/"_s);
}

void TestWebsitePanel::makePublicShowsThePlanFirst()
{
    QVERIFY(runJob(m_rig.client->createBucket({u"panel-public"_s, {}})).error.isOk());
    QVERIFY(m_rig.put(u"panel-public"_s, u"index.html"_s, "<title>x</title>"));
    QTemporaryDir records;
    const QString record = PublicRecord::fileFor(records.path(), u"x"_s, u"panel-public"_s);
    MakePublicDialog dialog(m_rig.client.get(), u"panel-public"_s, record);
    QSignalSpy planShown(&dialog, &MakePublicDialog::planShown);
    QVERIFY(planShown.wait(10000));
    const QString policy = dialog.policyView()->toPlainText();
    QVERIFY2(policy.contains(u"s3:GetObject") && policy.contains(u"arn:aws:s3:::panel-public/*"),
        qPrintable(policy));
    dialog.show();
    QVERIFY(dialog.grab().save(shotDir() + u"/website-make-public.png"_s));
    // Nothing was sent yet: the bucket has no policy.
    QCOMPARE(m_rig.sandbox.sendSubresource("GET", u"panel-public"_s, "policy").status, 404);
    QSignalSpy applied(&dialog, &MakePublicDialog::applied);
    dialog.apply();
    QVERIFY(applied.wait(10000));
    QVERIFY(applied.first().first().toBool());
    QVERIFY(m_rig.sandbox.sendSubresource("GET", u"panel-public"_s, "policy").body.contains("GetObject"));
    QVERIFY(PublicRecord::load(record).has_value());

    // Block Public Access in the way: explained, nothing to apply until the user lets Skylight change it.
    QVERIFY(runJob(m_rig.client->createBucket({u"panel-blocked"_s, {}})).error.isOk());
    const HttpResponse block = m_rig.sandbox.putSubresource(u"panel-blocked"_s,
        "publicAccessBlock",
        "<PublicAccessBlockConfiguration><BlockPublicPolicy>true</BlockPublicPolicy>"
        "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
    QCOMPARE(block.status, 200);
    MakePublicDialog blocked(m_rig.client.get(), u"panel-blocked"_s, record);
    QSignalSpy blockedPlan(&blocked, &MakePublicDialog::planShown);
    QVERIFY(blockedPlan.wait(10000));
    QVERIFY(!blocked.blockersLabel()->isHidden());
    QVERIFY2(blocked.blockersLabel()->text().contains(u"BlockPublicPolicy"),
        qPrintable(blocked.blockersLabel()->text()));
    QVERIFY(!blocked.makePublicButton()->isEnabled());
    QVERIFY(!blocked.allowUnblock()->isHidden());
    blocked.allowUnblock()->setChecked(true);
    QVERIFY(blockedPlan.wait(10000));
    QVERIFY(blocked.makePublicButton()->isEnabled());
    QVERIFY(blocked.stepsLabel()->text().contains(u"Block Public Access"));
}

void TestWebsitePanel::publishWizardAndDrop()
{
    QVERIFY(runJob(m_rig.client->createBucket({u"panel-site"_s, {}})).error.isOk());
    QTemporaryDir site;
    auto write = [&](const QString &name, const QByteArray &body) {
        QDir().mkpath(QFileInfo(site.filePath(name)).path());
        QFile f(site.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
    };
    write(u"index.html"_s, "<html><title>Wizard site</title></html>");
    write(u"error.html"_s, "<html><title>Oops</title></html>");
    write(u"img/logo.svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    // A dropped folder asks to be published.
    WebsiteDialog dialog(m_rig.client.get(), u"panel-site"_s);
    dialog.setWebsiteBase(m_rig.sandbox.server().websiteEndpoint());
    QSignalSpy requested(dialog.panel(), &WebsitePanel::publishRequested);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(site.path())});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // Straight to the widget's event() (QApplication routes drops only within a drag it started).
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    static_cast<QObject *>(dialog.panel())->event(&enter);
    QVERIFY(enter.isAccepted());
    static_cast<QObject *>(dialog.panel())->event(&drop);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), site.path());

    PublishWizard wizard(m_rig.client.get(), u"panel-site"_s, site.path());
    wizard.setWebsiteBase(m_rig.sandbox.server().websiteEndpoint());
    wizard.show();
    QVERIFY(wizard.grab().save(shotDir() + u"/website-publish-wizard-options.png"_s));
    QSignalSpy planned(&wizard, &PublishWizard::planned);
    wizard.next();
    QVERIFY(planned.wait(10000));
    QCOMPARE(wizard.planList()->count(), 3);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard.grab().save(shotDir() + u"/website-publish-wizard.png"_s));
    QSignalSpy published(&wizard, &PublishWizard::published);
    wizard.next();
    QVERIFY(published.wait(20000));
    QVERIFY2(wizard.resultLabel()->text().contains(u"Index: 200"), qPrintable(wizard.resultLabel()->text()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.grab().save(shotDir() + u"/website-publish-wizard-done.png"_s));
    QCOMPARE(m_rig.sandbox.website("GET", "/panel-site/").body,
        QByteArray("<html><title>Wizard site</title></html>"));

    // The panel of the published bucket, with routing rules, for the picture.
    WebsitePanel *panel = dialog.panel();
    QSignalSpy loaded(panel, &WebsitePanel::loaded);
    panel->load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(panel->indexEdit()->text(), u"index.html"_s);
    RoutingRule moved;
    moved.condition = RoutingCondition {u"old-blog/"_s, std::nullopt, {}};
    moved.redirect.replaceKeyPrefixWith = u"blog/"_s;
    RoutingRule gone;
    gone.condition = RoutingCondition {std::nullopt, u"404"_s, {}};
    gone.redirect.hostName = u"archive.example.com"_s;
    gone.redirect.protocol = u"https"_s;
    gone.redirect.httpRedirectCode = u"302"_s;
    panel->rulesEditor()->setRules({moved, gone});
    panel->rulesEditor()->addRule();
    Q_EMIT panel->rulesEditor()->edited();
    QSignalSpy checked(panel->endpointBox(), &WebsiteEndpointBox::checked);
    panel->endpointBox()->check();
    QVERIFY(checked.wait(10000));
    QVERIFY2(panel->endpointBox()->statusLabel()->text().contains(u"Index: 200"),
        qPrintable(panel->endpointBox()->statusLabel()->text()));
    dialog.show();
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(shotDir() + u"/website-panel.png"_s));
}

void TestWebsitePanel::browserOpensTheWebsiteDialog()
{
    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(m_rig.client.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.bucketModel()->row(u"www-example"_s) >= 0, 10000);
    page.bucketsView()->setCurrentIndex(
        page.bucketModel()->index(page.bucketModel()->row(u"www-example"_s), 0));
    auto *action = page.findChild<QAction *>(u"websiteAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = page.findChild<WebsiteDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->panel()->bucket(), u"www-example"_s);
    QSignalSpy loaded(dialog->panel(), &WebsitePanel::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog->panel()->indexEdit()->text(), u"index.html"_s);
    dialog->close();
}

void TestWebsitePanel::readOnlyCloudShowsTheSettings()
{
    const std::unique_ptr<S3Client> archive = m_rig.readOnlyClient();
    const QString why = BrowserRig::readOnlyRefusal();
    const QByteArray before = stored(u"www-example"_s);
    QVERIFY(before.contains("<Suffix>index.html</Suffix>"));

    // The browser's Website… stays on for a read-only cloud and opens the dialog.
    TransferQueue queue;
    S3ClientPool pool(nullptr, nullptr, nullptr);
    BrowserPage page(&pool, &queue);
    page.setClient(archive.get());
    QTRY_VERIFY_WITH_TIMEOUT(page.bucketModel()->row(u"www-example"_s) >= 0, 10000);
    page.bucketsView()->setCurrentIndex(
        page.bucketModel()->index(page.bucketModel()->row(u"www-example"_s), 0));
    auto *action = page.findChild<QAction *>(u"websiteAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(action->toolTip() != why);
    action->trigger();
    auto *dialog = page.findChild<WebsiteDialog *>();
    QVERIFY(dialog);
    WebsitePanel *panel = dialog->panel();
    QSignalSpy loaded(panel, &WebsitePanel::loaded);
    dialog->setWebsiteBase(m_rig.sandbox.server().websiteEndpoint());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);

    // Everything that was loaded is shown…
    QVERIFY(panel->enabledBox()->isChecked());
    QCOMPARE(panel->indexEdit()->text(), u"index.html"_s);
    QCOMPARE(panel->errorEdit()->text(), u"error.html"_s);
    QTableWidget *rules = panel->rulesEditor()->table();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, RoutingRulesEditor::KeyPrefix)->text(), u"old-blog/"_s);
    QVERIFY(panel->tabs()->isEnabled());
    QVERIFY(panel->readOnlyNotice()->isVisible());
    QCOMPARE(panel->readOnlyNotice()->text(), why);
    QCOMPARE(panel->writeRefusal(), why);
    QVERIFY(dialog->grab().save(QDir(shotDir()).filePath(u"website-read-only.png"_s)));

    // …and nothing that would change the bucket can be used, each saying why.
    for (QPushButton *b : {panel->saveButton(),
             panel->revertButton(),
             panel->makePublicButton(),
             panel->makePrivateButton(),
             panel->publishButton()}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QCOMPARE(b->toolTip(), why);
    }
    QVERIFY(!panel->enabledBox()->isEnabled());
    QVERIFY(panel->indexEdit()->isReadOnly());
    QVERIFY(panel->errorEdit()->isReadOnly());
    QVERIFY(panel->xmlEdit()->isReadOnly());
    QVERIFY(panel->rulesEditor()->isReadOnly());
    QCOMPARE(rules->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (QPushButton *b : panel->rulesEditor()->findChildren<QPushButton *>())
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    rules->setCurrentCell(0, RoutingRulesEditor::KeyPrefix);
    panel->rulesEditor()->addRule();
    QCOMPARE(rules->rowCount(), 1);
    // The XML of what is stored can be read.
    panel->tabs()->setCurrentIndex(1);
    QVERIFY2(panel->xmlEdit()->toPlainText().contains(u"<Suffix>index.html</Suffix>"_s),
        qPrintable(panel->xmlEdit()->toPlainText()));
    panel->tabs()->setCurrentIndex(0);

    // A folder dropped on the panel is not taken, and a save that slips through sends nothing.
    QTemporaryDir site;
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(site.path())});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel, &enter);
    QVERIFY(!enter.isAccepted());
    QSignalSpy publish(panel, &WebsitePanel::publishRequested);
    panel->publishFolder(site.path());
    panel->save();
    QCOMPARE(panel->statusLabel()->text(), why);
    QTest::qWait(200);
    QCOMPARE(publish.count(), 0);
    QCOMPARE(stored(u"www-example"_s), before);
    dialog->close();

    // The same bucket on a writable cloud: editable, no notice, the folder drop taken.
    WebsitePanel writable(m_rig.client.get(), u"www-example"_s);
    writable.show();
    QSignalSpy writableLoaded(&writable, &WebsitePanel::loaded);
    writable.load();
    QVERIFY(writableLoaded.wait(10000));
    QVERIFY(writable.writeRefusal().isEmpty());
    QVERIFY(writable.readOnlyNotice()->isHidden());
    for (QPushButton *b :
        {writable.makePublicButton(), writable.makePrivateButton(), writable.publishButton()})
        QVERIFY2(b->isEnabled(), qPrintable(b->text()));
    QVERIFY(writable.enabledBox()->isEnabled());
    QVERIFY(!writable.indexEdit()->isReadOnly());
    QVERIFY(!writable.xmlEdit()->isReadOnly());
    QVERIFY(!writable.rulesEditor()->isReadOnly());
    QDragEnterEvent writableEnter(QPoint(20, 20), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&writable, &writableEnter);
    QVERIFY(writableEnter.isAccepted());
    writable.indexEdit()->setText(u"start.html"_s);
    Q_EMIT writable.indexEdit()->textEdited(u"start.html"_s);
    QVERIFY(writable.saveButton()->isEnabled());
    QVERIFY(writable.revertButton()->isEnabled());
}

void TestWebsitePanel::endpointFromTheProfile()
{
    // Without a website endpoint in the profile the box asks for the store's website URL.
    WebsiteEndpointBox box;
    box.setBucket(m_rig.client.get(), u"www-example"_s, {}, {});
    QVERIFY(!box.endpoint().isValid());
    QLineEdit *typed = box.findChild<QLineEdit *>();
    QVERIFY(typed);
    QVERIFY(!typed->isHidden());

    // With one it shows the URL made from it, the field stays away, and the endpoint serves the site.
    CloudProfile profile = m_rig.client->profile();
    profile.websiteEndpoint = m_rig.sandbox.server().websiteEndpoint();
    S3Client client(&m_rig.sandbox.transport(), profile, SandboxFixture::credentials());
    WebsiteEndpointBox known;
    known.setBucket(&client, u"www-example"_s, {}, {});
    QVERIFY2(known.endpoint().isValid(), qPrintable(known.endpoint().problem));
    QCOMPARE(known.endpoint().url,
        QUrl(u"http://127.0.0.1:%1/www-example/"_s.arg(m_rig.sandbox.server().websitePort())));
    QVERIFY(known.findChild<QLineEdit *>()->isHidden());
    QSignalSpy checked(&known, &WebsiteEndpointBox::checked);
    known.check();
    QVERIFY(checked.wait(10000));
    QVERIFY2(known.statusLabel()->text().contains(u"Index: 200"), qPrintable(known.statusLabel()->text()));
}

QTEST_MAIN(TestWebsitePanel)
#include "tst_websitepanel.moc"
