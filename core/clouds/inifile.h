// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

// An INI file as Python's configparser reads it, which is what the AWS CLI, boto and s3cmd files
// are: [section] lines, "key = value" or "key: value", '#' and ';' comment lines, indented lines
// continuing the value above. An empty value followed by indented "key = value" lines is a nested
// block (the AWS config's "s3 =" and [services] blocks): its keys are stored as "s3.key".
// Keys are lower-cased; values stay bytes (they may be secrets) with surrounding blanks removed.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)
public:
    struct Entry
    {
        QString key;
        QByteArray value;
        int line = 0;
        QString file; // the file it came from, for messages
    };
    struct Section
    {
        QString name;
        int line = 0;
        QList<Entry> entries;

        const Entry *entry(const QString &key) const;
        QByteArray value(const QString &key, const QByteArray &fallback = {}) const;
        bool has(const QString &key) const { return entry(key) != nullptr; }
    };

    // strict: a repeated section or key is an error (Python 3's default, which botocore uses);
    // otherwise later ones merge into earlier ones. On failure returns nullopt with *error and *line.
    static std::optional<IniFile> parse(
        QByteArrayView text, const QString &path, bool strict, QString *error, int *line);

    const QList<Section> &sections() const { return m_sections; }
    const Section *section(const QString &name) const;
    // Adds the sections of `other` over these (later files win key by key), as configparser.read()
    // does with a list of files.
    void merge(const IniFile &other);

private:
    QList<Section> m_sections;
};
