// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "clouds/importresult.h"

class CredentialStore;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
struct CredentialResult;

// Import… : pick a source (AWS config, boto, eucarc, s3cfg) and its file (the usual place is filled
// in), see what would be created or updated, the warnings, or the FILE:LINE error; Import stores the
// keys in the keychain and then the profiles. Files are read and parsed off the GUI thread.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Source
    {
        Aws,
        Boto,
        Eucarc,
        S3cfg,
    };

    ImportDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent = nullptr);

    void setSource(Source source); // fills in the source's default file(s)
    void setFile(const QString &path);
    void setConfigFile(const QString &path); // AWS only
    void refreshPreview();

    const ImportResult &preview() const { return m_preview; }
    QTreeWidget *previewTree() const { return m_tree; }
    QString messageText() const;
    bool canImport() const;

Q_SIGNALS:
    void previewReady();
    void imported(const QStringList &names);

private:
    static ImportResult runImporter(Source source, const QString &file, const QString &config);
    void showPreview(const ImportResult &result);
    void startImport();
    void writeNext();
    void setMessage(const QString &text, bool error);

    ProfileStore *m_store;
    CredentialStore *m_credentials;
    QComboBox *m_source = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_configLabel = nullptr;
    QLineEdit *m_config = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_debounce = nullptr;
    ImportResult m_preview;
    int m_generation = 0;
    int m_nextWrite = 0;
};
