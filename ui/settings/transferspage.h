// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingspage.h"

class QSpinBox;

// Files and parts in flight, and the part size of multipart uploads.
class TransfersPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit TransfersPage(QWidget *parent = nullptr);
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

private:
    QSpinBox *m_files;
    QSpinBox *m_parts;
    QSpinBox *m_partSize;
};
