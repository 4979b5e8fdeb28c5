// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "website/websiteconfiguration.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class RoutingRulesEditor;
class S3Client;
class WebsiteEndpointBox;

// The static-website settings of one bucket: hosting on or off, index and error documents (picked
// from the bucket's objects, with a warning when the object is missing or not public), redirect-all,
// the routing rules, an XML view for experts (edits there come back into the form), the endpoint
// with its reachability, and Make public… / Make private. The loaded WebsiteConfiguration is edited
// in place, so a save keeps every element the form does not show. Dropping a local folder on the
// panel asks to publish it (publishRequested). On a cloud that takes no writes (read-only, or no
// keys) it is shown read-only: everything loads and can be read, nothing that would change the
// bucket is enabled, and a line at the top says why.
class WebsitePanel final : public QWidget
{
    Q_OBJECT
public:
    WebsitePanel(S3Client *client, const QString &bucket, QWidget *parent = nullptr);

    // The sandbox's (or a compatible store's) own website URL; the bucket's region for AWS.
    void setWebsiteBase(const QString &url);
    void setRegion(const QString &region);
    // Where the records of "Make public" are kept (default: the application's data folder).
    void setRecordDirectory(const QString &dir);

    void load();
    void save();
    void makePublic();
    void makePrivate();
    void publishFolder(const QString &folder);

    // The configuration the form holds now (what save() would send); nullopt: hosting off.
    std::optional<WebsiteConfiguration> editedConfiguration() const;
    QStringList problems() const;
    const QString &bucket() const { return m_bucket; }
    const QString &websiteBase() const { return m_websiteBase; }

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *indexEdit() const { return m_index; }
    QLineEdit *errorEdit() const { return m_error; }
    QLabel *indexWarning() const { return m_indexWarning; }
    RoutingRulesEditor *rulesEditor() const { return m_rules; }
    QPlainTextEdit *xmlEdit() const { return m_xml; }
    QTabWidget *tabs() const { return m_tabs; }
    WebsiteEndpointBox *endpointBox() const { return m_endpoint; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *makePublicButton() const { return m_makePublic; }
    QPushButton *makePrivateButton() const { return m_makePrivate; }
    QPushButton *publishButton() const { return m_publish; }
    // Why nothing may be changed here ("" when it may): the cloud takes no writes.
    const QString &writeRefusal() const { return m_writeRefusal; }
    QLabel *readOnlyNotice() const { return m_readOnlyNotice; }

Q_SIGNALS:
    void loaded(bool ok);
    void saved(bool ok, const QString &message);
    void publicChanged();
    void publishRequested(const QString &folder);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildXmlTab();
    void showConfiguration(const std::optional<WebsiteConfiguration> &config);
    void formEdited();
    void updateState();
    void onTabChanged(int index);
    bool applyXml();
    void pick(QLineEdit *edit);
    void checkDocuments();
    void checkDocument(const QString &key, QLabel *warning);
    void readPolicy();
    QString recordPath() const;
    void setStatus(const QString &text, bool error = false);
    void makeReadOnly();
    bool refuseWrite(); // says why and returns true on a cloud that takes no writes

    S3Client *m_client;
    QString m_bucket;
    QString m_region;
    QString m_websiteBase;
    QString m_recordDir;
    QString m_writeRefusal;
    WebsiteConfiguration m_config; // as loaded (or as the XML view set it): the base of every save
    bool m_loading = false;
    bool m_dirty = false;
    bool m_xmlDirty = false;
    int m_publicRead = -1; // -1 unknown, 0 no, 1 the bucket policy lets everyone read

    QCheckBox *m_enabled;
    QTabWidget *m_tabs;
    QRadioButton *m_serve;
    QRadioButton *m_redirect;
    QGroupBox *m_documents;
    QLineEdit *m_index;
    QLineEdit *m_error;
    QLabel *m_indexWarning;
    QLabel *m_errorWarning;
    QGroupBox *m_redirectBox;
    QLineEdit *m_redirectHost;
    QComboBox *m_redirectProtocol;
    QGroupBox *m_rulesBox;
    RoutingRulesEditor *m_rules;
    QPlainTextEdit *m_xml;
    QLabel *m_xmlProblems;
    WebsiteEndpointBox *m_endpoint;
    QLabel *m_publicState;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_makePublic;
    QPushButton *m_makePrivate;
    QPushButton *m_publish;
    QLabel *m_readOnlyNotice;
};
