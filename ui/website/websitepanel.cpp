// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/websitepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include "apptheme.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "website/bucketsubresourcejob.h"
#include "website/getbucketwebsitejob.h"
#include "website/makeprivatejob.h"
#include "website/makepublicdialog.h"
#include "website/objectpickerdialog.h"
#include "website/publicreadpolicy.h"
#include "website/putbucketwebsitejob.h"
#include "website/routingruleseditor.h"
#include "website/websiteendpointbox.h"
#include "website/websitesupport.h"
#include "writeaccess.h"

namespace {

std::optional<QString> optionalText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

QString localFolder(const QMimeData *mime)
{
    if (!mime || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return QFileInfo(path).isDir() ? path : QString();
}

WebsiteConfiguration::Dialect dialectFor(const S3Client *client)
{
    return WebsiteSupport::dialect(client->profile().provider).value_or(WebsiteConfiguration::Dialect::S3);
}

} // namespace

WebsitePanel::WebsitePanel(S3Client *client, const QString &bucket, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_recordDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
    , m_writeRefusal(WriteAccess::refusal(client))
    , m_config(dialectFor(client))
    , m_enabled(new QCheckBox(tr("Host a static website from this bucket"), this))
    , m_tabs(new QTabWidget(this))
    , m_endpoint(new WebsiteEndpointBox(this))
    , m_publicState(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_makePublic(new QPushButton(tr("Make public…"), this))
    , m_makePrivate(new QPushButton(tr("Make private"), this))
    , m_publish(new QPushButton(tr("Publish a folder…"), this))
    , m_readOnlyNotice(WriteAccess::notice(m_writeRefusal, this))
{
    setAcceptDrops(true);
    m_tabs->addTab(buildForm(), tr("Settings"));
    m_tabs->addTab(buildXmlTab(), tr("XML"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &WebsitePanel::onTabChanged);
    connect(m_enabled, &QCheckBox::toggled, this, &WebsitePanel::formEdited);

    m_makePrivate->setToolTip(tr("Undo exactly what Skylight's \"Make public\" changed on this bucket."));
    m_publish->setToolTip(tr("Upload a local folder as the site (or drop a folder on this panel)."));
    connect(m_makePublic, &QPushButton::clicked, this, &WebsitePanel::makePublic);
    connect(m_makePrivate, &QPushButton::clicked, this, &WebsitePanel::makePrivate);
    connect(m_publish, &QPushButton::clicked, this, [this] { publishFolder({}); });
    connect(m_save, &QPushButton::clicked, this, &WebsitePanel::save);
    connect(m_revert, &QPushButton::clicked, this, &WebsitePanel::load);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_publicState->setWordWrap(true);

    auto *access = new QHBoxLayout;
    access->addWidget(m_makePublic);
    access->addWidget(m_makePrivate);
    access->addWidget(m_publish);
    access->addWidget(m_publicState, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_enabled);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_endpoint);
    layout->addLayout(access);
    layout->addLayout(bottom);
    m_endpoint->setBucket(m_client, m_bucket, m_region, m_websiteBase);
    connect(m_endpoint, &WebsiteEndpointBox::websiteBaseEdited, this, [this](const QString &url) {
        m_websiteBase = url;
    });
    if (!m_writeRefusal.isEmpty())
        makeReadOnly();
    updateState();
}

void WebsitePanel::makeReadOnly()
{
    setAcceptDrops(false);
    for (QLineEdit *edit : {m_index, m_error, m_redirectHost})
        edit->setReadOnly(true);
    m_xml->setReadOnly(true);
    m_rules->setReadOnly(m_writeRefusal);
    // The choices stay visible as they are, greyed; the documents' Choose… buttons go too.
    QList<QWidget *> off {m_enabled, m_serve, m_redirect, m_redirectProtocol, m_save, m_revert};
    off << m_makePublic << m_makePrivate << m_publish;
    for (QPushButton *choose : m_documents->findChildren<QPushButton *>())
        off << choose;
    for (QWidget *w : std::as_const(off)) {
        w->setEnabled(false);
        w->setToolTip(m_writeRefusal);
    }
}

bool WebsitePanel::refuseWrite()
{
    if (m_writeRefusal.isEmpty())
        return false;
    setStatus(m_writeRefusal, true);
    return true;
}

QWidget *WebsitePanel::buildForm()
{
    auto *page = new QWidget(this);
    m_serve = new QRadioButton(tr("Serve the bucket's objects"), page);
    m_redirect = new QRadioButton(tr("Redirect every request to another host"), page);
    m_serve->setChecked(true);

    m_documents = new QGroupBox(tr("Documents"), page);
    m_index = new QLineEdit(m_documents);
    m_error = new QLineEdit(m_documents);
    m_index->setPlaceholderText(QStringLiteral("index.html"));
    m_error->setPlaceholderText(tr("error.html (optional)"));
    m_indexWarning = new QLabel(m_documents);
    m_errorWarning = new QLabel(m_documents);
    auto *documents = new QFormLayout(m_documents);
    auto row = [this, documents](const QString &label, QLineEdit *edit, QLabel *warning) {
        auto *choose = new QPushButton(tr("Choose…"), m_documents);
        connect(choose, &QPushButton::clicked, this, [this, edit] { pick(edit); });
        connect(edit, &QLineEdit::textEdited, this, &WebsitePanel::formEdited);
        connect(edit, &QLineEdit::editingFinished, this, &WebsitePanel::checkDocuments);
        warning->setStyleSheet(AppTheme::styleSheetColour(AppTheme::warningColour(palette())));
        warning->setWordWrap(true);
        auto *line = new QHBoxLayout;
        line->addWidget(edit, 1);
        line->addWidget(choose);
        documents->addRow(label, line);
        documents->addRow(QString(), warning);
    };
    row(tr("Index document:"), m_index, m_indexWarning);
    row(tr("Error document:"), m_error, m_errorWarning);
    m_index->setToolTip(tr("Served for the site's root and for every \"folder/\" (the suffix is added)."));

    m_redirectBox = new QGroupBox(tr("Redirect all requests"), page);
    m_redirectHost = new QLineEdit(m_redirectBox);
    m_redirectHost->setPlaceholderText(QStringLiteral("www.example.com"));
    m_redirectProtocol = new QComboBox(m_redirectBox);
    m_redirectProtocol->addItem(tr("Same as the request"), QString());
    m_redirectProtocol->addItem(QStringLiteral("http"), QStringLiteral("http"));
    m_redirectProtocol->addItem(QStringLiteral("https"), QStringLiteral("https"));
    auto *redirect = new QFormLayout(m_redirectBox);
    redirect->addRow(tr("Host name:"), m_redirectHost);
    redirect->addRow(tr("Protocol:"), m_redirectProtocol);
    connect(m_redirectHost, &QLineEdit::textEdited, this, &WebsitePanel::formEdited);
    connect(m_redirectProtocol, &QComboBox::activated, this, &WebsitePanel::formEdited);
    connect(m_serve, &QRadioButton::toggled, this, &WebsitePanel::formEdited);

    m_rulesBox = new QGroupBox(tr("Routing rules"), page);
    m_rules = new RoutingRulesEditor(m_rulesBox);
    auto *rules = new QVBoxLayout(m_rulesBox);
    rules->addWidget(m_rules);
    connect(m_rules, &RoutingRulesEditor::edited, this, &WebsitePanel::formEdited);

    auto *layout = new QVBoxLayout(page);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_serve);
    modes->addWidget(m_redirect);
    modes->addStretch();
    layout->addLayout(modes);
    layout->addWidget(m_documents);
    layout->addWidget(m_rulesBox, 1);
    layout->addWidget(m_redirectBox);
    return page;
}

QWidget *WebsitePanel::buildXmlTab()
{
    auto *page = new QWidget(this);
    m_xml = new QPlainTextEdit(page);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xmlProblems = new QLabel(page);
    m_xmlProblems->setWordWrap(true);
    m_xmlProblems->setObjectName(QStringLiteral("xmlProblems"));
    auto *note
        = new QLabel(tr("The WebsiteConfiguration document as it will be sent. Edits here go back into "
                        "the form when you leave this tab or save."),
            page);
    note->setWordWrap(true);
    connect(m_xml, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_xmlDirty = true;
        m_dirty = true;
        const QByteArray text = m_xml->toPlainText().toUtf8();
        QStringList problems;
        if (!text.trimmed().isEmpty()) {
            const Result<WebsiteConfiguration> parsed = WebsiteConfiguration::parse(text, m_config.dialect());
            problems = parsed.isOk() ? parsed.value().problems() : QStringList {parsed.error().message()};
        }
        m_xmlProblems->setStyleSheet(problems.isEmpty()
                ? AppTheme::styleSheetColour(AppTheme::okColour(palette()))
                : AppTheme::styleSheetColour(AppTheme::errorColour(palette())));
        m_xmlProblems->setText(problems.isEmpty() ? tr("Valid.") : problems.join(QLatin1Char('\n')));
        updateState();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_xml, 1);
    layout->addWidget(m_xmlProblems);
    return page;
}

void WebsitePanel::setWebsiteBase(const QString &url)
{
    m_websiteBase = url;
    m_endpoint->setBucket(m_client, m_bucket, m_region, m_websiteBase);
}

void WebsitePanel::setRegion(const QString &region)
{
    m_region = region;
    m_endpoint->setBucket(m_client, m_bucket, m_region, m_websiteBase);
}

void WebsitePanel::setRecordDirectory(const QString &dir)
{
    m_recordDir = dir;
}

void WebsitePanel::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? AppTheme::styleSheetColour(AppTheme::errorColour(palette())) : QString());
    m_status->setText(text);
}

void WebsitePanel::load()
{
    QString why;
    if (!WebsiteSupport::dialect(m_client->profile().provider, &why)) {
        setEnabled(false);
        setStatus(why, true);
        Q_EMIT loaded(false);
        return;
    }
    setStatus(tr("Reading the website settings of %1…").arg(m_bucket));
    m_save->setEnabled(false);
    auto *job = new GetBucketWebsiteJob(m_client, m_bucket);
    connect(job, &GetBucketWebsiteJob::finished, this, [this](const GetBucketWebsiteResult &r) {
        if (!r.error.isOk()) {
            setStatus(r.error.humanSentence(), true);
            Q_EMIT loaded(false);
            return;
        }
        showConfiguration(r.configuration);
        setStatus(r.configuration ? tr("Hosting is on.") : tr("Hosting is off."));
        checkDocuments();
        readPolicy();
        Q_EMIT loaded(true);
    });
    job->start();
}

void WebsitePanel::showConfiguration(const std::optional<WebsiteConfiguration> &config)
{
    m_loading = true;
    m_config = config.value_or(WebsiteConfiguration(dialectFor(m_client)));
    m_enabled->setChecked(config.has_value());
    m_index->setText(m_config.indexSuffix.value_or(QString()));
    m_error->setText(m_config.errorKey.value_or(QString()));
    (m_config.redirectAll ? m_redirect : m_serve)->setChecked(true);
    m_redirectHost->setText(m_config.redirectAllHostName);
    m_redirectProtocol->setCurrentIndex(
        std::max(0, m_redirectProtocol->findData(m_config.redirectAllProtocol.value_or(QString()))));
    m_rules->setRules(m_config.routingRules);
    m_xml->setPlainText(config ? QString::fromUtf8(m_config.toXml()) : QString());
    m_xmlProblems->clear();
    m_loading = false;
    m_dirty = false;
    m_xmlDirty = false;
    updateState();
}

std::optional<WebsiteConfiguration> WebsitePanel::editedConfiguration() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    WebsiteConfiguration c = m_config;
    if (m_redirect->isChecked()) {
        c.redirectAll = true;
        c.redirectAllHostName = m_redirectHost->text().trimmed();
        c.redirectAllProtocol = optionalText(m_redirectProtocol->currentData().toString());
        c.indexSuffix.reset();
        c.errorKey.reset();
        c.routingRules.clear();
    } else {
        c.redirectAll = false;
        c.redirectAllHostName.clear();
        c.redirectAllProtocol.reset();
        c.indexSuffix = optionalText(m_index->text());
        c.errorKey = optionalText(m_error->text());
        c.routingRules = m_rules->rules();
    }
    return c;
}

QStringList WebsitePanel::problems() const
{
    const std::optional<WebsiteConfiguration> c = editedConfiguration();
    if (!c)
        return {};
    QStringList out = c->problems();
    if (!c->redirectAll && !c->indexSuffix)
        out.prepend(tr("Give an index document (index.html), or redirect all requests."));
    return out;
}

void WebsitePanel::formEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateState();
}

void WebsitePanel::updateState()
{
    const bool on = m_enabled->isChecked();
    const bool redirect = m_redirect->isChecked();
    m_tabs->setEnabled(on);
    m_documents->setVisible(!redirect);
    m_rulesBox->setVisible(!redirect);
    m_redirectBox->setVisible(redirect);
    const QStringList p = m_tabs->currentIndex() == 1 ? QStringList() : problems();
    m_save->setEnabled(m_writeRefusal.isEmpty() && m_dirty && p.isEmpty());
    m_revert->setEnabled(m_writeRefusal.isEmpty() && m_dirty);
    if (!m_loading && m_dirty) {
        // The rules' problems are shown under the table already.
        QStringList others;
        for (const QString &problem : p) {
            if (!m_rules->problems().contains(problem))
                others.append(problem);
        }
        setStatus(p.isEmpty()      ? tr("Not saved yet.")
                : others.isEmpty() ? tr("Fix the routing rules above to save.")
                                   : others.join(QLatin1Char('\n')),
            !p.isEmpty());
    }
}

void WebsitePanel::onTabChanged(int index)
{
    if (index == 1) { // into the XML: what the form holds now
        const std::optional<WebsiteConfiguration> c = editedConfiguration();
        const bool dirty = m_dirty;
        m_loading = true;
        m_xml->setPlainText(c ? QString::fromUtf8(c->toXml()) : QString());
        m_loading = false;
        m_dirty = dirty;
        m_xmlDirty = false;
        updateState();
        return;
    }
    if (m_xmlDirty && !applyXml())
        m_tabs->setCurrentIndex(1); // stay with the error shown
}

bool WebsitePanel::applyXml()
{
    const QByteArray text = m_xml->toPlainText().toUtf8();
    if (text.size() > WebsiteConfiguration::kMaxBytes) {
        m_xmlProblems->setText(tr("The document is larger than S3 takes."));
        return false;
    }
    if (text.trimmed().isEmpty()) { // an empty document: hosting off
        m_enabled->setChecked(false);
        m_xmlDirty = false;
        return true;
    }
    Result<WebsiteConfiguration> parsed = WebsiteConfiguration::parse(text, m_config.dialect());
    if (!parsed.isOk()) {
        m_xmlProblems->setText(parsed.error().message());
        return false;
    }
    showConfiguration(parsed.takeValue());
    m_dirty = true;
    updateState();
    return true;
}

void WebsitePanel::save()
{
    if (refuseWrite())
        return;
    if (m_tabs->currentIndex() == 1 && m_xmlDirty && !applyXml())
        return;
    const QStringList p = problems();
    if (!p.isEmpty()) {
        setStatus(p.join(QLatin1Char('\n')), true);
        return;
    }
    const std::optional<WebsiteConfiguration> config = editedConfiguration();
    m_save->setEnabled(false);
    setStatus(tr("Saving…"));
    auto *job = config ? new PutBucketWebsiteJob(m_client, m_bucket, config)
                       : PutBucketWebsiteJob::remove(m_client, m_bucket);
    connect(job, &PutBucketWebsiteJob::finished, this, [this, config](const BucketWebsiteResult &r) {
        if (!r.error.isOk()) {
            setStatus(r.error.humanSentence(), true);
            m_save->setEnabled(true);
            Q_EMIT saved(false, r.error.humanSentence());
            return;
        }
        showConfiguration(config);
        const QString message = config ? tr("Saved; hosting is on.") : tr("Saved; hosting is off.");
        setStatus(message);
        checkDocuments();
        Q_EMIT saved(true, message);
    });
    job->start();
}

void WebsitePanel::pick(QLineEdit *edit)
{
    auto *dialog = new ObjectPickerDialog(m_client, m_bucket, edit->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        if (dialog->selectedKey().isEmpty())
            return;
        QString key = dialog->selectedKey();
        // The index document is a suffix: a folder's index.html is chosen as its name.
        if (edit == m_index)
            key = key.section(QLatin1Char('/'), -1);
        edit->setText(key);
        formEdited();
        checkDocuments();
    });
    dialog->open();
}

void WebsitePanel::checkDocuments()
{
    checkDocument(m_index->text().trimmed(), m_indexWarning);
    checkDocument(m_error->text().trimmed(), m_errorWarning);
}

void WebsitePanel::checkDocument(const QString &key, QLabel *warning)
{
    warning->clear();
    warning->setVisible(false);
    if (key.isEmpty() || !m_enabled->isChecked())
        return;
    HeadObjectJob *job = m_client->headObject({m_bucket, key});
    connect(job, &HeadObjectJob::finished, warning, [this, warning, key](const HeadObjectResult &r) {
        QString text;
        if (r.error.httpStatus() == 404)
            text = tr("⚠ %1 is not in the bucket: visitors will get an error.").arg(key);
        else if (!r.error.isOk())
            text = tr("⚠ %1 could not be checked: %2").arg(key, r.error.humanSentence());
        else if (m_publicRead == 0)
            text = tr("⚠ %1 is not public: no bucket policy lets everyone read it. Use Make public….")
                       .arg(key);
        warning->setText(text);
        warning->setVisible(!text.isEmpty());
    });
    job->start();
}

void WebsitePanel::readPolicy()
{
    if (!WebsiteSupport::mayHaveBucketPolicies(m_client->profile().provider))
        return;
    auto *job = BucketSubresourceJob::getPolicy(m_client, m_bucket);
    connect(job, &BucketSubresourceJob::finished, this, [this](const SubresourceResult &r) {
        const int was = m_publicRead;
        if (r.error.isOk())
            m_publicRead = PublicReadPolicy::grantsPublicRead(r.body, m_bucket) ? 1 : 0;
        else if (r.missing())
            m_publicRead = 0;
        m_publicState->setText(m_publicRead == 1 ? tr("Everyone may read the objects.")
                : m_publicRead == 0              ? tr("The objects are private.")
                                                 : QString());
        if (was != m_publicRead)
            checkDocuments();
    });
    job->start();
}

QString WebsitePanel::recordPath() const
{
    return PublicRecord::fileFor(m_recordDir, m_client->profile().s3Url().toString(), m_bucket);
}

void WebsitePanel::makePublic()
{
    if (refuseWrite())
        return;
    auto *dialog = new MakePublicDialog(m_client, m_bucket, recordPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MakePublicDialog::applied, this, [this](bool ok, const QString &message) {
        setStatus(message, !ok);
        readPolicy();
        Q_EMIT publicChanged();
    });
    dialog->open();
}

void WebsitePanel::makePrivate()
{
    if (refuseWrite())
        return;
    std::optional<PublicRecord> record = PublicRecord::load(recordPath());
    if (!record) { // nothing recorded here: take out Skylight's statement, if any, and nothing else
        record = PublicRecord();
        record->bucket = m_bucket;
        record->addedPolicyStatement = WebsiteSupport::mayHaveBucketPolicies(m_client->profile().provider);
    }
    setStatus(tr("Making %1 private…").arg(m_bucket));
    auto *job = new MakePrivateJob(m_client, *record);
    connect(job, &MakePrivateJob::finished, this, [this](const MakePrivateResult &r) {
        QString error;
        if (r.remaining.isEmpty())
            QFile::remove(recordPath());
        else
            r.remaining.save(recordPath(), &error);
        setStatus(r.error.isOk() ? tr("Private again: %1").arg(r.steps.join(QLatin1Char(' ')))
                                 : r.error.humanSentence(),
            !r.error.isOk());
        readPolicy();
        Q_EMIT publicChanged();
    });
    job->start();
}

void WebsitePanel::publishFolder(const QString &folder)
{
    if (refuseWrite())
        return;
    Q_EMIT publishRequested(folder);
}

void WebsitePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_writeRefusal.isEmpty() && !localFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WebsitePanel::dropEvent(QDropEvent *event)
{
    const QString folder = localFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    publishFolder(folder);
}
