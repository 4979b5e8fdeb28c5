// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written date formatting of the signers against QDateTime's own, over many instants.
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include "auth/signer.h"

class TestSigningTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQDateTime();
    void knownValues();
};

void TestSigningTime::matchesQDateTime()
{
    QRandomGenerator rng(42);
    const QLocale c = QLocale::c();
    for (int i = 0; i < 20000; ++i) {
        // 1970 to 2099, plus the edges of days, months and leap years.
        const qint64 secs = i < 10 ? qint64(i) * 86399 : qint64(rng.bounded(quint64(4102444800ULL)));
        const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
        QCOMPARE(SigningTime::amzDate(t), t.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
        QCOMPARE(
            SigningTime::isoSeconds(t), t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1());
        QCOMPARE(SigningTime::httpDate(t),
            c.toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
    }
}

void TestSigningTime::knownValues()
{
    const QDateTime t(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(SigningTime::httpDate(t), QByteArray("Fri, 24 May 2013 00:00:00 GMT"));
    QCOMPARE(SigningTime::amzDate(t), QByteArray("20130524T000000Z"));
    // A time given in another zone is signed as UTC.
    const QDateTime paris(QDate(2016, 2, 29), QTime(1, 30), QTimeZone(3600));
    QCOMPARE(SigningTime::isoSeconds(paris), QByteArray("2016-02-29T00:30:00Z"));
}

QTEST_GUILESS_MAIN(TestSigningTime)
#include "tst_signingtime.moc"
