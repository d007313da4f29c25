#pragma once

// Before a canary starts from the console: what it will send where (method, URL, rate, duration, about how many
// requests, the gate) and, under "Show Details", the commands it will run on this machine, the environment
// variables its body reads, and TLS verification switched off — Start or Cancel, Cancel the default.

#include "core/scenario/Scenario.h"

#include <QCoreApplication>

class QWidget;

namespace canary::ui {

class StartConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(canary::ui::StartConfirmation)
public:
    static bool ask(QWidget *parent, const Scenario &scenario);
};

} // namespace canary::ui
