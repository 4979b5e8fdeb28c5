# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    schedule/maintenanceevent.h schedule/maintenanceevent.cpp
    schedule/icalendarwriter.h schedule/icalendarwriter.cpp
    schedule/reminderschedule.h schedule/reminderschedule.cpp
)
