// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "apptheme.h"
#include "clouds/awsconfigimporter.h"
#include "clouds/botoimporter.h"
#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/eucarcimporter.h"
#include "clouds/profilestore.h"
#include "clouds/s3cfgimporter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// The access key id is not a secret, but the preview has no need of all of it.
QString maskedKey(const Credentials &credentials)
{
    if (!credentials.isValid())
        return ImportDialog::tr("no key");
    const QByteArray id = credentials.accessKeyId();
    return QStringLiteral("…") + QString::fromLatin1(id.right(qMin<qsizetype>(4, id.size() / 2)));
}

} // namespace

ImportDialog::ImportDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    setWindowTitle(tr("Import clouds"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Import source"));
    m_source->addItem(tr("AWS CLI (~/.aws/credentials and config)"), int(Source::Aws));
    m_source->addItem(tr("boto (~/.boto, /etc/boto.cfg)"), int(Source::Boto));
    m_source->addItem(tr("Eucalyptus eucarc"), int(Source::Eucarc));
    m_source->addItem(tr("s3cmd (~/.s3cfg)"), int(Source::S3cfg));
    form->addRow(tr("&Source:"), m_source);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to import"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_config = new QLineEdit(this);
    m_config->setAccessibleName(tr("AWS config file"));
    m_configLabel = new QLabel(tr("&Config file:"), this);
    m_configLabel->setBuddy(m_config);
    form->addRow(m_configLabel, m_config);
    layout->addLayout(form);

    auto *heading = new QLabel(tr("What will be imported:"), this);
    layout->addWidget(heading);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Import preview"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Action"), tr("Name"), tr("Provider"), tr("Endpoint"), tr("Key")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAccessibleName(tr("Import messages"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setAccessibleName(tr("Import"));
    m_import->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    connect(m_source, &QComboBox::activated, this, [this] {
        setSource(Source(m_source->currentData().toInt()));
    });
    connect(m_file, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_config, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("File to import"), QFileInfo(m_file->text()).path());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontResolveSymlinks);
        dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
        dialog->open();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSource(Source::Aws);
    resize(760, 460);
}

void ImportDialog::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool aws = source == Source::Aws;
    m_configLabel->setVisible(aws);
    m_config->setVisible(aws);
    switch (source) {
    case Source::Aws: {
        const AwsConfigImporter::Files files = AwsConfigImporter::locate(env);
        m_file->setText(files.credentialsPath);
        m_config->setText(files.configPath);
        break;
    }
    case Source::Boto:
        m_file->setText(BotoImporter::locate(env).join(QDir::listSeparator()));
        break;
    case Source::Eucarc:
        m_file->setText(QDir::home().filePath(QStringLiteral(".euca/eucarc")));
        break;
    case Source::S3cfg:
        m_file->setText(S3cfgImporter::locate(env));
        break;
    }
    refreshPreview();
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    refreshPreview();
}

void ImportDialog::setConfigFile(const QString &path)
{
    m_config->setText(path);
    refreshPreview();
}

ImportResult ImportDialog::runImporter(Source source, const QString &file, const QString &config)
{
    switch (source) {
    case Source::Aws:
        return AwsConfigImporter::importFiles({file, config});
    case Source::Boto:
        return BotoImporter::importFiles(file.split(QDir::listSeparator(), Qt::SkipEmptyParts));
    case Source::Eucarc:
        return EucarcImporter::importFile(file);
    case Source::S3cfg:
        return S3cfgImporter::importFile(file);
    }
    return {};
}

void ImportDialog::refreshPreview()
{
    m_debounce->stop();
    const int generation = ++m_generation;
    m_tree->clear();
    m_preview = {};
    setMessage(tr("Reading…"), false);
    m_import->setEnabled(false);
    const auto source = Source(m_source->currentData().toInt());
    // Files are read and parsed on the pool; a newer preview makes this one stale. (A watcher rather
    // than QFuture::then(this, …): on Qt 6.4 that continuation was lost now and then in tests.)
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        &ImportDialog::runImporter, source, m_file->text().trimmed(), m_config->text().trimmed()));
}

void ImportDialog::showPreview(const ImportResult &result)
{
    m_preview = result;
    m_tree->clear();
    QStringList lines;
    if (!result.isOk()) {
        setMessage(result.error, true);
    } else {
        for (const ImportedProfile &p : result.profiles) {
            const bool exists = m_store->find(p.profile.name) != nullptr;
            const QString endpoint = (p.profile.hasS3() ? p.profile.s3Url() : p.profile.ec2Url()).toString();
            auto *item = new QTreeWidgetItem(m_tree,
                {exists ? tr("Update") : tr("Create"),
                    p.profile.name,
                    cloudProviderName(p.profile.provider),
                    endpoint,
                    maskedKey(p.credentials)});
            item->setToolTip(3, endpoint);
        }
        if (result.profiles.isEmpty())
            lines << tr("Nothing to import in this file.");
        for (const QString &warning : result.warnings)
            lines << tr("Warning: %1").arg(warning);
        setMessage(lines.join(QLatin1Char('\n')), false);
    }
    m_import->setEnabled(canImport());
    Q_EMIT previewReady();
}

QString ImportDialog::messageText() const
{
    return m_message->text();
}

bool ImportDialog::canImport() const
{
    return m_preview.isOk() && !m_preview.profiles.isEmpty();
}

void ImportDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? AppTheme::styleSheetColour(AppTheme::errorColour(palette())) : QString());
}

// Keys first, one at a time, then the profiles: a keychain failure leaves the profile list as it was.
void ImportDialog::startImport()
{
    if (!canImport())
        return;
    m_buttons->setEnabled(false);
    m_source->setEnabled(false);
    m_nextWrite = 0;
    setMessage(tr("Storing the keys in the keychain…"), false);
    writeNext();
}

void ImportDialog::writeNext()
{
    while (
        m_nextWrite < m_preview.profiles.size() && !m_preview.profiles.at(m_nextWrite).credentials.isValid())
        ++m_nextWrite;
    if (m_nextWrite < m_preview.profiles.size()) {
        const ImportedProfile &p = m_preview.profiles.at(m_nextWrite);
        CredentialJob *job = m_credentials->write(p.profile.credentialId, p.credentials);
        connect(job, &CredentialJob::finished, this, [this](const CredentialResult &r) {
            if (!r.isOk()) {
                m_buttons->setEnabled(true);
                m_source->setEnabled(true);
                setMessage(tr("Nothing was imported: %1").arg(r.error.message()), true);
                return;
            }
            ++m_nextWrite;
            writeNext();
        });
        job->start();
        return;
    }
    QStringList names;
    for (const ImportedProfile &p : std::as_const(m_preview.profiles)) {
        m_store->upsert(p.profile);
        names << p.profile.name;
    }
    if (!m_store->save()) {
        m_buttons->setEnabled(true);
        m_source->setEnabled(true);
        setMessage(m_store->errorString(), true);
        return;
    }
    Q_EMIT imported(names);
    accept();
}
