// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/makepublicdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString bullets(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &l : lines)
        html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

MakePublicDialog::MakePublicDialog(
    S3Client *client, const QString &bucket, const QString &recordPath, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_bucket(bucket)
    , m_recordPath(recordPath)
    , m_steps(new QLabel(tr("Reading the bucket's policy and Block Public Access settings…"), this))
    , m_blockers(new QLabel(this))
    , m_policy(new QPlainTextEdit(this))
    , m_allowUnblock(new QCheckBox(tr("Let Skylight change these Block Public Access settings"), this))
    , m_listing(
          new QCheckBox(tr("Also let everyone list the keys (missing pages answer 404, not 403)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Make %1 public").arg(bucket));
    m_steps->setWordWrap(true);
    m_blockers->setWordWrap(true);
    m_blockers->setVisible(false);
    m_allowUnblock->setVisible(false);
    m_policy->setReadOnly(true);
    m_policy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_policy->setPlaceholderText(tr("The bucket policy to apply appears here."));
    m_listing->setChecked(true);
    m_go = m_buttons->addButton(tr("Make public"), QDialogButtonBox::AcceptRole);
    m_go->setEnabled(false);
    connect(m_go, &QPushButton::clicked, this, &MakePublicDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allowUnblock, &QCheckBox::toggled, this, &MakePublicDialog::plan);
    connect(m_listing, &QCheckBox::toggled, this, &MakePublicDialog::plan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Everyone on the Internet will be able to read every object of "
                                    "<b>%1</b>. Skylight will:")
                                     .arg(bucket.toHtmlEscaped()),
        this));
    layout->addWidget(m_steps);
    layout->addWidget(m_blockers);
    layout->addWidget(m_allowUnblock);
    layout->addWidget(m_listing);
    layout->addWidget(new QLabel(tr("Bucket policy:"), this));
    layout->addWidget(m_policy, 1);
    layout->addWidget(m_buttons);
    resize(620, 520);
    plan();
}

void MakePublicDialog::plan()
{
    MakePublicJob::Options o;
    o.dryRun = true;
    o.allowChangeBlock = m_allowUnblock->isChecked();
    o.publicListing = m_listing->isChecked();
    auto *job = new MakePublicJob(m_client, m_bucket, o);
    connect(job, &MakePublicJob::finished, this, [this](const MakePublicResult &r) { showResult(r, true); });
    job->start();
}

void MakePublicDialog::apply()
{
    for (QAbstractButton *b : m_buttons->buttons())
        b->setEnabled(false);
    MakePublicJob::Options o;
    o.allowChangeBlock = m_allowUnblock->isChecked();
    o.publicListing = m_listing->isChecked();
    auto *job = new MakePublicJob(m_client, m_bucket, o);
    connect(job, &MakePublicJob::finished, this, [this](const MakePublicResult &r) { showResult(r, false); });
    job->start();
}

void MakePublicDialog::showResult(const MakePublicResult &r, bool dryRun)
{
    const MakePublicPlan &p = r.plan;
    m_steps->setText(p.problem.isEmpty() ? bullets(p.steps) : p.problem);
    m_blockers->setVisible(!p.blockers.isEmpty());
    m_allowUnblock->setVisible(!p.blockers.isEmpty() || m_allowUnblock->isChecked());
    if (!p.blockers.isEmpty())
        m_blockers->setText(
            tr("<b>Block Public Access stops this.</b> What must change:") + bullets(p.blockers));
    m_policy->setPlainText(p.route == MakePublicPlan::Route::Policy
            ? QString::fromUtf8(p.policy.json)
            : tr("This cloud has no bucket policies: every object gets the public-read ACL instead."));
    if (dryRun) {
        m_go->setEnabled(p.problem.isEmpty() && !p.blocked && r.error.isOk());
        if (!r.error.isOk() && !p.blocked)
            m_steps->setText(r.error.humanSentence());
        Q_EMIT planShown();
        return;
    }
    QString error;
    if (!r.record.saveMerged(m_recordPath, &error))
        m_steps->setText(tr("Could not record what was changed: %1").arg(error));
    if (!r.error.isOk()) {
        m_steps->setText(r.error.humanSentence());
        for (QAbstractButton *b : m_buttons->buttons())
            b->setEnabled(true);
        Q_EMIT applied(false, r.error.humanSentence());
        return;
    }
    Q_EMIT applied(true, tr("s3://%1 is public.").arg(m_bucket));
    accept();
}
