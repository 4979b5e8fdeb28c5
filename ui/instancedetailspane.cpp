// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedetailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "apptheme.h"
#include "instancesmodel.h"
#include "maintenanceeventsmodel.h"
#include "terminatedialog.h"

namespace {

using Action = InstanceActionRunner::Action;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InstanceDetailsPane)
};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : Tr::tr("—");
}

QString row(const QString &key, const QString &value)
{
    const QString keyColour = AppTheme::secondaryTextColour(QGuiApplication::palette()).name();
    return QStringLiteral("<tr><td style='color:%1;padding-right:12px'>%2</td><td>%3</td></tr>")
        .arg(keyColour, key.toHtmlEscaped(), value.isEmpty() ? Tr::tr("—") : value.toHtmlEscaped());
}

// A section title spanning both columns, so that every key lines up in one table.
QString heading(const QString &text)
{
    return QStringLiteral("<tr><td colspan=2 style='padding-top:10px;font-weight:bold'>%1</td></tr>")
        .arg(text.toHtmlEscaped());
}

QString checkText(const StatusCheck &check)
{
    if (check.status.isEmpty())
        return {};
    const QString status = InstancesModel::checkText(check.status);
    const bool reachability = !check.reachability.isEmpty();
    if (check.impairedSince.isValid()) {
        const QString since = timeText(check.impairedSince);
        return reachability
            ? Tr::tr("%1 (reachability %2), impaired since %3").arg(status, check.reachability, since)
            : Tr::tr("%1, impaired since %2").arg(status, since);
    }
    return reachability ? Tr::tr("%1 (reachability %2)").arg(status, check.reachability) : status;
}

QString html(const QString &cloud, const QString &region, const Ec2Instance &i, const InstanceStatus *status)
{
    QString h = QStringLiteral("<table cellspacing=0>");
    h += row(Tr::tr("Cloud"), cloud) + row(Tr::tr("Region"), region) + row(Tr::tr("Zone"), i.zone);
    h += row(Tr::tr("State"), InstancesModel::stateText(i.stateName)) + row(Tr::tr("Type"), i.type)
        + row(Tr::tr("Image"), i.imageId);
    h += row(Tr::tr("Architecture"), i.architecture) + row(Tr::tr("Root device"), i.rootDeviceType);
    h += row(Tr::tr("Key pair"), i.keyName) + row(Tr::tr("Launched"), timeText(i.launchTime));
    h += heading(Tr::tr("Addresses"));
    h += row(Tr::tr("Public IP"), i.publicIp) + row(Tr::tr("Public DNS"), i.publicDnsName);
    h += row(Tr::tr("Private IP"), i.privateIp) + row(Tr::tr("Private DNS"), i.privateDnsName);
    if (!i.vpcId.isEmpty())
        h += row(Tr::tr("VPC / subnet"), i.vpcId + QStringLiteral(" / ") + i.subnetId);
    h += heading(Tr::tr("Status checks"));
    h += row(Tr::tr("System"), status ? checkText(status->system) : Tr::tr("not reported"));
    h += row(Tr::tr("Instance"), status ? checkText(status->instance) : Tr::tr("not reported"));
    h += heading(Tr::tr("Tags (%1)").arg(i.tags.size()));
    for (const auto &[key, value] : i.tags)
        h += row(key, value);
    h += heading(Tr::tr("Events"));
    if (!status || status->events.isEmpty())
        h += row(QString(), Tr::tr("None scheduled"));
    for (const Ec2Event &e : status ? status->events : QList<Ec2Event>()) {
        const QString window = e.notAfter.isValid()
            ? Tr::tr("%1 – %2").arg(timeText(e.notBefore), timeText(e.notAfter))
            : timeText(e.notBefore);
        const QString state = MaintenanceEventsModel::stateName(e.state);
        const QString text = e.notBeforeDeadline.isValid()
            ? Tr::tr("%1, %2: %3 (can move until %4)")
                  .arg(window, state, e.description, timeText(e.notBeforeDeadline))
            : Tr::tr("%1, %2: %3").arg(window, state, e.description);
        h += row(e.code, text);
    }
    return h + QStringLiteral("</table>");
}

} // namespace

InstanceDetailsPane::InstanceDetailsPane(InstancesModel *model, InstanceActionRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_runner(runner)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QTextBrowser(this);
    m_details->setAccessibleName(Tr::tr("Instance details"));
    m_details->setOpenLinks(false);

    auto *actions = new QGridLayout;
    int column = 0;
    for (const Action a : {Action::Start, Action::Stop, Action::Reboot, Action::Terminate}) {
        auto *b = new QPushButton(
            a == Action::Terminate ? Tr::tr("Terminate…") : InstanceActionRunner::actionLabel(a), this);
        m_buttons.insert(int(a), b);
        actions->addWidget(b, 0, column++);
        connect(b, &QPushButton::clicked, this, [this, a] { a == Action::Terminate ? terminate() : act(a); });
    }
    m_copyId = new QPushButton(Tr::tr("Copy ID"), this);
    m_copyAddress = new QPushButton(Tr::tr("Copy address"), this);
    actions->addWidget(m_copyId, 1, 0, 1, 2);
    actions->addWidget(m_copyAddress, 1, 2, 1, 2);
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_id);
        m_result->setText(Tr::tr("Copied %1").arg(m_id));
    });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(address());
        m_result->setText(Tr::tr("Copied %1").arg(address()));
    });

    m_result = new QLabel(this);
    m_result->setAccessibleName(Tr::tr("Action result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0); // clear of the splitter handle
    layout->addWidget(m_title);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(m_details, 1);

    connect(m_runner, &InstanceActionRunner::finished, this, &InstanceDetailsPane::onFinished);
    connect(m_model,
        &QAbstractItemModel::dataChanged,
        this,
        [this](const QModelIndex &top, const QModelIndex &bottom) {
            if (m_row >= top.row() && m_row <= bottom.row())
                update();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    showRow(-1);
}

void InstanceDetailsPane::showRow(int sourceRow)
{
    m_row = sourceRow >= 0 && sourceRow < m_model->rowCount() ? sourceRow : -1;
    const QString id = m_row >= 0 ? m_model->instanceAt(m_row).id : QString();
    if (id != m_id)
        m_result->clear();
    m_id = id;
    update();
}

void InstanceDetailsPane::update()
{
    if (m_row < 0) {
        m_title->setText(Tr::tr("No instance chosen"));
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(Tr::tr("Choose an instance in the table.").toHtmlEscaped()));
        return updateButtons();
    }
    const Ec2Instance &i = m_model->instanceAt(m_row);
    m_title->setText(i.name().isEmpty() ? i.id : Tr::tr("%1 (%2)").arg(i.name(), i.id));
    m_details->setHtml(html(m_model->cloudAt(m_row), m_model->regionAt(m_row), i, m_model->statusAt(m_row)));
    updateButtons();
}

QString InstanceDetailsPane::address() const
{
    if (m_row < 0)
        return {};
    const Ec2Instance &i = m_model->instanceAt(m_row);
    for (const QString &a : {i.publicIp, i.publicDnsName, i.privateIp, i.privateDnsName}) {
        if (!a.isEmpty())
            return a;
    }
    return {};
}

void InstanceDetailsPane::updateButtons()
{
    const QString state = m_row >= 0 ? m_model->instanceAt(m_row).stateName : QString();
    const QString cloud = m_row >= 0 ? m_model->cloudAt(m_row) : QString();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const auto action = Action(it.key());
        QString why;
        if (m_row < 0)
            why = Tr::tr("Choose an instance first.");
        else if (const QString reason = m_runner->unavailableReason(cloud, action); !reason.isEmpty())
            why = reason;
        else if (action == Action::Start && state != QLatin1String("stopped"))
            why = Tr::tr("Only a stopped instance can start.");
        else if (action == Action::Stop && state != QLatin1String("running")
            && state != QLatin1String("pending"))
            why = Tr::tr("Only a running instance can stop.");
        else if (action == Action::Reboot && state != QLatin1String("running"))
            why = Tr::tr("Only a running instance can reboot.");
        else if (action == Action::Terminate
            && (state == QLatin1String("terminated") || state == QLatin1String("shutting-down")))
            why = Tr::tr("The instance is already terminated.");
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
    m_copyId->setEnabled(m_row >= 0);
    m_copyAddress->setEnabled(!address().isEmpty());
    m_copyAddress->setToolTip(address());
}

void InstanceDetailsPane::act(Action action)
{
    if (m_row < 0)
        return;
    m_result->setText(Tr::tr("%1 %2…").arg(InstanceActionRunner::actionLabel(action), m_id));
    m_runner->run(m_model->cloudAt(m_row), m_model->regionAt(m_row), action, m_id);
}

void InstanceDetailsPane::terminate()
{
    if (m_row < 0)
        return;
    auto *dialog = new TerminateDialog(m_id, m_model->instanceAt(m_row).name(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
        &QDialog::accepted,
        this,
        [this, id = m_id, cloud = m_model->cloudAt(m_row), region = m_model->regionAt(m_row)] {
            if (id != m_id)
                return; // the table changed under the dialog: act on nothing rather than the wrong one
            m_result->setText(Tr::tr("%1 %2…").arg(InstanceActionRunner::actionLabel(Action::Terminate), id));
            m_runner->run(cloud, region, Action::Terminate, id);
        });
    Q_EMIT terminateDialogOpened(dialog);
    dialog->open();
}

void InstanceDetailsPane::onFinished(const QString &id, Action action, bool ok, const QString &message)
{
    if (id != m_id)
        return;
    m_result->setText(
        ok ? message : Tr::tr("%1 failed: %2").arg(InstanceActionRunner::actionLabel(action), message));
    QPalette p = m_result->palette();
    p.setColor(
        QPalette::WindowText, ok ? palette().color(QPalette::WindowText) : AppTheme::errorColour(palette()));
    m_result->setPalette(p);
}
