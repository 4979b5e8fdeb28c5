// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/inifile.h"

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

const IniFile::Entry *IniFile::Section::entry(const QString &key) const
{
    for (const Entry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QByteArray IniFile::Section::value(const QString &key, const QByteArray &fallback) const
{
    const Entry *e = entry(key);
    return e ? e->value : fallback;
}

const IniFile::Section *IniFile::section(const QString &name) const
{
    for (const Section &s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void IniFile::merge(const IniFile &other)
{
    for (const Section &incoming : other.m_sections) {
        Section *target = nullptr;
        for (Section &s : m_sections) {
            if (s.name == incoming.name)
                target = &s;
        }
        if (!target) {
            m_sections.append(incoming);
            continue;
        }
        for (const Entry &e : incoming.entries) {
            bool replaced = false;
            for (Entry &existing : target->entries) {
                if (existing.key == e.key) {
                    existing = e;
                    replaced = true;
                }
            }
            if (!replaced)
                target->entries.append(e);
        }
    }
}

std::optional<IniFile> IniFile::parse(
    QByteArrayView text, const QString &path, bool strict, QString *error, int *errorLine)
{
    IniFile file;
    const auto fail = [&](int line, const QString &message) {
        *error = message;
        *errorLine = line;
        return std::nullopt;
    };
    Section *current = nullptr;
    Entry *last = nullptr; // the entry an indented line continues
    QString nestedParent;  // "s3" while inside an "s3 =" block
    int lineNumber = 0;
    QByteArray whole = text.toByteArray();
    if (whole.startsWith("\xEF\xBB\xBF"))
        whole.remove(0, 3); // a UTF-8 byte-order mark, as Windows editors write
    for (const QByteArray &rawLine : whole.split('\n')) {
        ++lineNumber;
        QByteArray line = rawLine;
        if (line.contains('\0')) // never a key with a NUL in it (C strings, keychains cut there)
            return fail(lineNumber, tr("the line holds a NUL byte: this is not a text file"));
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith(';')) {
            if (trimmed.isEmpty())
                nestedParent.clear();
            continue;
        }
        const bool indented = isBlank(line.at(0));
        if (indented && current && last) {
            const qsizetype eq = trimmed.indexOf('=');
            if (!nestedParent.isEmpty() && eq > 0) {
                Entry nested;
                nested.key = nestedParent + QLatin1Char('.')
                    + QString::fromUtf8(trimmed.left(eq).trimmed()).toLower();
                nested.value = trimmed.mid(eq + 1).trimmed();
                nested.line = lineNumber;
                nested.file = path;
                // botocore reads the block into a dict: a repeated nested key wins over the earlier one.
                current->entries.removeIf([&nested](const Entry &e) { return e.key == nested.key; });
                current->entries.append(nested);
                last = &current->entries.last();
                continue;
            }
            last->value += '\n' + trimmed;
            continue;
        }
        nestedParent.clear();
        if (trimmed.startsWith('[')) {
            if (!trimmed.endsWith(']'))
                return fail(lineNumber, tr("a section header must end with ']'"));
            const QString name = QString::fromUtf8(trimmed.mid(1, trimmed.size() - 2).trimmed());
            last = nullptr;
            current = nullptr;
            for (Section &s : file.m_sections) {
                if (s.name == name)
                    current = &s;
            }
            if (current && strict)
                return fail(lineNumber, tr("the section [%1] appears twice").arg(name));
            if (!current) {
                file.m_sections.append(Section {name, lineNumber, {}});
                current = &file.m_sections.last();
            }
            continue;
        }
        qsizetype sep = trimmed.indexOf('=');
        const qsizetype colon = trimmed.indexOf(':');
        if (colon >= 0 && (sep < 0 || colon < sep))
            sep = colon;
        if (sep <= 0)
            return fail(lineNumber, tr("expected '[section]' or 'name = value'"));
        if (!current)
            return fail(lineNumber, tr("'name = value' before the first [section]"));
        Entry entry;
        entry.key = QString::fromUtf8(trimmed.left(sep).trimmed()).toLower();
        entry.value = trimmed.mid(sep + 1).trimmed();
        entry.line = lineNumber;
        entry.file = path;
        if (entry.key.isEmpty()) // only a byte-order mark or other nothing before the '='
            return fail(lineNumber, tr("expected '[section]' or 'name = value'"));
        if (current->has(entry.key)) {
            if (strict)
                return fail(lineNumber, tr("'%1' is set twice in [%2]").arg(entry.key, current->name));
            // The later value replaces the earlier one whole: a nested block ("s3 =") with its keys.
            const QString nestedPrefix = entry.key + QLatin1Char('.');
            current->entries.removeIf([&entry, &nestedPrefix](const Entry &e) {
                return e.key == entry.key || e.key.startsWith(nestedPrefix);
            });
        }
        current->entries.append(entry);
        last = &current->entries.last();
        if (entry.value.isEmpty())
            nestedParent = entry.key;
    }
    return file;
}
