// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxStore's listing walk and its header codec, apart from the rest of the store for size.
#include <QSqlDatabase>
#include <QSqlQuery>

#include "sandboxstore.h"

using namespace Qt::StringLiterals;

ListPage SandboxStore::list(const QByteArray &bucket, const ListQuery &query) const
{
    ListPage page;
    if (query.maxKeys <= 0)
        return page;
    // Keys are valid UTF-8, which never holds 0xFF: prefix + 0xFF sorts after every key under it.
    QByteArray from = query.after;
    bool inclusive = false;
    if (query.prefix > query.after) {
        from = query.prefix;
        inclusive = true;
    }
    int count = 0;
    const auto take = [&](const QByteArray &name) {
        if (count == query.maxKeys) {
            page.truncated = true;
            return false;
        }
        ++count;
        page.last = name;
        return true;
    };
    for (;;) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        // An empty QByteArray binds as NULL, and "key > NULL" matches nothing.
        const QString condition = from.isEmpty() ? QString()
            : inclusive                          ? u"AND key >= ?"_s
                                                 : u"AND key > ?"_s;
        q.prepare(u"SELECT %1 FROM objects WHERE bucket = ? %2 ORDER BY key LIMIT 512"_s.arg(
            QLatin1StringView(SandboxStore::kObjectColumns), condition));
        q.addBindValue(bucket);
        if (!from.isEmpty())
            q.addBindValue(from);
        if (!q.exec())
            return page;
        bool any = false;
        while (q.next()) {
            any = true;
            ObjectInfo info = objectFromRow(q);
            if (!info.key.startsWith(query.prefix))
                return page;
            const qsizetype cut
                = query.delimiter.isEmpty() ? -1 : info.key.indexOf(query.delimiter, query.prefix.size());
            if (cut >= 0) {
                const QByteArray prefix = info.key.left(cut + query.delimiter.size());
                if (prefix > query.after) {
                    if (!take(prefix))
                        return page;
                    page.commonPrefixes.append(prefix);
                }
                from = prefix + '\xff';
                inclusive = false;
                break;
            }
            if (!take(info.key))
                return page;
            from = info.key;
            inclusive = false;
            page.objects.append(std::move(info));
        }
        if (!any)
            return page;
    }
}

QByteArray SandboxStore::encodeHeaders(const QList<HttpHeader> &headers)
{
    QByteArray out;
    for (const HttpHeader &h : headers)
        out.append(h.name.toPercentEncoding()).append(' ').append(h.value.toPercentEncoding()).append('\n');
    return out;
}

QList<HttpHeader> SandboxStore::decodeHeaders(const QByteArray &encoded)
{
    QList<HttpHeader> headers;
    for (const QByteArray &line : encoded.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            headers.append({QByteArray::fromPercentEncoding(line.left(space)),
                QByteArray::fromPercentEncoding(line.mid(space + 1))});
    }
    return headers;
}
