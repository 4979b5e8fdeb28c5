// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/eucarcimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include "clouds/importsupport.h"
#include "clouds/profilepresets.h"
#include "clouds/ziparchive.h"

using namespace Qt::StringLiterals;

namespace {

struct Value
{
    QByteArray bytes;
    int line = 0;
};

bool isName(const QByteArray &name)
{
    if (name.isEmpty() || (name.at(0) >= '0' && name.at(0) <= '9'))
        return false;
    for (const char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

// ${NAME} and $NAME from the variables set so far; unknown ones expand to nothing, as in bash.
QByteArray expand(const QByteArray &in, const QHash<QByteArray, Value> &vars)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '$' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        qsizetype end = i + 1;
        QByteArray name;
        if (in.at(end) == '{') {
            const qsizetype close = in.indexOf('}', end);
            if (close < 0) {
                out += in.mid(i);
                break;
            }
            name = in.mid(end + 1, close - end - 1);
            end = close + 1;
        } else {
            while (end < in.size() && isName(QByteArray(1, in.at(end))))
                ++end;
            name = in.mid(i + 1, end - i - 1);
        }
        if (name.isEmpty()) {
            out += '$';
            continue;
        }
        out += vars.value(name).bytes;
        i = end - 1;
    }
    return out;
}

// The value as bash would assign it: quotes removed, variables expanded outside single quotes.
// Returns false for an unterminated quote.
bool unquote(const QByteArray &raw, const QHash<QByteArray, Value> &vars, QByteArray *out)
{
    QByteArray result;
    qsizetype i = 0;
    while (i < raw.size()) {
        const char c = raw.at(i);
        if (c == '\'' || c == '"') {
            const qsizetype close = raw.indexOf(c, i + 1);
            if (close < 0)
                return false;
            const QByteArray inner = raw.mid(i + 1, close - i - 1);
            result += c == '\'' ? inner : expand(inner, vars);
            i = close + 1;
        } else if (c == ' ' || c == '\t') {
            break; // "export A=b # comment" or a second word: the value ends here
        } else {
            qsizetype end = i;
            while (end < raw.size() && raw.at(end) != '\'' && raw.at(end) != '"' && raw.at(end) != ' '
                && raw.at(end) != '\t')
                ++end;
            result += expand(raw.mid(i, end - i), vars);
            i = end;
        }
    }
    *out = result;
    return true;
}

} // namespace

ImportResult EucarcImporter::importFile(const QString &path)
{
    if (path.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return importZip(path);
    QString error;
    const auto bytes = ImportSupport::readFile(path, &error);
    if (!bytes)
        return ImportResult::failure(path, 0, error);
    ImportResult result = parse(*bytes, path);
    // A eucarc without keys: the iamrc beside it (AWS_CREDENTIAL_FILE) has them.
    const QString iamrc = QFileInfo(path).absolutePath() + u"/iamrc"_s;
    if (result.isOk() && !result.profiles.first().credentials.isValid() && QFileInfo::exists(iamrc)) {
        const auto iamrcBytes = ImportSupport::readFile(iamrc, &error);
        if (!iamrcBytes)
            return ImportResult::failure(iamrc, 0, error);
        const ImportResult keys = parseIamrc(*iamrcBytes, iamrc, &result.profiles.first().credentials);
        if (!keys.isOk())
            return keys;
        result.warnings.clear();
    }
    return result;
}

ImportResult EucarcImporter::parseIamrc(QByteArrayView text, const QString &path, Credentials *credentials)
{
    QByteArray keyId;
    QByteArray secret;
    int lineNumber = 0;
    const QByteArray whole = text.toByteArray();
    for (const QByteArray &rawLine : whole.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        const QByteArray name = eq > 0 ? line.left(eq).trimmed() : QByteArray();
        if (name == "AWSAccessKeyId")
            keyId = line.mid(eq + 1).trimmed();
        else if (name == "AWSSecretKey")
            secret = line.mid(eq + 1).trimmed();
        else if (name.isEmpty())
            return ImportResult::failure(
                path, lineNumber, tr("expected 'AWSAccessKeyId=' or 'AWSSecretKey='"));
    }
    if (keyId.isEmpty() || secret.isEmpty())
        return ImportResult::failure(path, 0, tr("AWSAccessKeyId and AWSSecretKey must be given together"));
    *credentials = Credentials(keyId, secret);
    return {};
}

ImportResult EucarcImporter::parse(QByteArrayView text, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QHash<QByteArray, Value> vars;
    vars.insert("EUCA_KEY_DIR", {folder.toUtf8(), 0});
    ImportResult result;
    int lineNumber = 0;
    QByteArray whole = text.toByteArray();
    if (whole.startsWith("\xEF\xBB\xBF"))
        whole.remove(0, 3); // a UTF-8 byte-order mark, as Windows editors write
    for (const QByteArray &rawLine : whole.split('\n')) {
        ++lineNumber;
        if (rawLine.contains('\0')) // never a key with a NUL in it (C strings, keychains cut there)
            return ImportResult::failure(
                path, lineNumber, tr("the line holds a NUL byte: this is not a text file"));
        QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray word = space < 0 ? line : line.left(space);
        if (word == "alias" || word == "echo" || word == "unset")
            continue;
        if (word == "if" || word == "then" || word == "else" || word == "fi" || word == "source"
            || word == ".") {
            result.warnings.append(
                tr("%1: shell control line ignored").arg(ImportResult::where(path, lineNumber)));
            continue;
        }
        if (word == "export")
            line = line.mid(6).trimmed();
        const qsizetype eq = line.indexOf('=');
        const QByteArray name = eq > 0 ? line.left(eq) : QByteArray();
        if (!isName(name)) {
            if (word == "export" && isName(line))
                continue; // "export NAME" of a variable set earlier
            return ImportResult::failure(path, lineNumber, tr("expected 'export NAME=value'"));
        }
        const QByteArray raw = line.mid(eq + 1);
        if (name == "EUCA_KEY_DIR" && raw.startsWith("$(")) {
            continue; // $(dirname $(readlink -f ${BASH_SOURCE})): the file's folder, set above
        }
        QByteArray value;
        if (!unquote(raw, vars, &value))
            return ImportResult::failure(path, lineNumber, tr("a quote is not closed"));
        vars.insert(name, {value, lineNumber});
    }

    const QString ec2Url = QString::fromUtf8(vars.value("EC2_URL").bytes);
    const QString s3Url = QString::fromUtf8(vars.value("S3_URL").bytes);
    if (ec2Url.isEmpty() && s3Url.isEmpty())
        return ImportResult::failure(path, 0, tr("neither EC2_URL nor S3_URL is set"));
    for (const char *key : {"EC2_URL", "S3_URL"}) {
        const Value &v = vars.value(key);
        const QUrl url(QString::fromUtf8(v.bytes));
        if (!v.bytes.isEmpty() && (!url.isValid() || url.host().isEmpty()))
            return ImportResult::failure(path, v.line, tr("%1 is not a URL").arg(QString::fromLatin1(key)));
    }
    const QUrl any(ec2Url.isEmpty() ? s3Url : ec2Url);
    const bool v4 = ec2Url.contains(u"/services/compute"_s) || s3Url.contains(u"/services/objectstorage"_s);
    CloudProfile profile
        = ProfilePresets::eucalyptus(any.host(), v4 ? 4 : 3, any.port(8773), any.scheme() == u"https"_s);
    profile.ec2Endpoint = ec2Url;
    profile.s3Endpoint = s3Url;
    const QString cert = QString::fromUtf8(vars.value("EUCALYPTUS_CERT").bytes);
    if (!cert.isEmpty())
        profile.tls.caFile = cert;
    profile.name = ImportSupport::stableName(u"eucarc"_s, QFileInfo(folder).fileName());
    profile.credentialId = profile.name;
    profile.source = u"eucarc:"_s + QFileInfo(path).absoluteFilePath();

    ImportedProfile imported;
    imported.profile = profile;
    const char *pairs[][2] = {{"EC2_ACCESS_KEY", "EC2_SECRET_KEY"},
        {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"},
        {"AWS_ACCESS_KEY", "AWS_SECRET_KEY"}};
    for (const auto &pair : pairs) {
        const Value id = vars.value(pair[0]);
        const Value secret = vars.value(pair[1]);
        if (id.bytes.isEmpty() != secret.bytes.isEmpty()) {
            return ImportResult::failure(path,
                std::max(id.line, secret.line),
                tr("%1 and %2 must be given together")
                    .arg(QString::fromLatin1(pair[0]), QString::fromLatin1(pair[1])));
        }
        if (!id.bytes.isEmpty()) {
            imported.credentials = Credentials(id.bytes, secret.bytes);
            break;
        }
    }
    if (!imported.credentials.isValid())
        result.warnings.append(tr("%1: no EC2_ACCESS_KEY / EC2_SECRET_KEY").arg(path));
    result.profiles.append(imported);
    return result;
}

ImportResult EucarcImporter::importZip(const QString &zipPath, const QString &certificateDir)
{
    QString error;
    const auto bytes = ImportSupport::readFile(zipPath, &error);
    if (!bytes)
        return ImportResult::failure(zipPath, 0, error);
    const auto zip = ZipArchive::read(*bytes, &error);
    if (!zip)
        return ImportResult::failure(zipPath, 0, error);
    const ZipArchive::Entry *eucarc = zip->findByFileName(u"eucarc"_s);
    if (!eucarc)
        return ImportResult::failure(zipPath, 0, tr("the zip holds no eucarc"));
    const auto text = zip->extract(*eucarc, &error);
    if (!text)
        return ImportResult::failure(zipPath, 0, error);

    QString dir = certificateDir;
    if (dir.isEmpty()) {
        const QByteArray id = QCryptographicHash::hash(
            QFileInfo(zipPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16);
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/eucalyptus/"_s
            + QString::fromLatin1(id);
    }
    if (!QDir().mkpath(dir))
        return ImportResult::failure(dir, 0, tr("cannot create the folder for the cloud's certificate"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (const ZipArchive::Entry *cert = zip->findByFileName(u"cloud-cert.pem"_s)) {
        const auto pem = zip->extract(*cert, &error);
        if (!pem)
            return ImportResult::failure(zipPath, 0, error);
        QSaveFile out(dir + u"/cloud-cert.pem"_s);
        if (!out.open(QIODevice::WriteOnly) || out.write(*pem) != pem->size() || !out.commit())
            return ImportResult::failure(out.fileName(), 0, out.errorString());
    }

    // Messages name the file inside the zip; EUCA_KEY_DIR is the certificate folder.
    ImportResult result = parse(*text, dir + u"/eucarc"_s);
    if (!result.isOk()) {
        result.error.replace(dir + u"/eucarc"_s, zipPath + u"!/"_s + eucarc->name);
        return result;
    }
    for (ImportedProfile &p : result.profiles)
        p.profile.source = u"eucarc:"_s + QFileInfo(zipPath).absoluteFilePath();
    if (!result.profiles.first().credentials.isValid()) {
        if (const ZipArchive::Entry *iamrc = zip->findByFileName(u"iamrc"_s)) {
            const auto keys = zip->extract(*iamrc, &error);
            if (!keys)
                return ImportResult::failure(zipPath, 0, error);
            const ImportResult parsed
                = parseIamrc(*keys, zipPath + u"!/"_s + iamrc->name, &result.profiles.first().credentials);
            if (!parsed.isOk())
                return parsed;
            result.warnings.clear();
        }
    }
    return result;
}
