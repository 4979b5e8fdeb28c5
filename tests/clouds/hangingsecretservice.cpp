// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a locked keyring: owns org.freedesktop.secrets on the session bus and never answers
// a call, so a client waits until its own watchdog gives up. Prints "ready" once the name is owned.
#include <cstdio>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>

namespace {

class Silent final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        return true; // handled: no reply, ever
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus\n");
        return 1;
    }
    Silent silent;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath)) {
        std::fprintf(stderr, "cannot register the object\n");
        return 1;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "cannot own org.freedesktop.secrets\n");
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    return app.exec();
}
