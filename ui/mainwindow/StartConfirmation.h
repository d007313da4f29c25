#pragma once

// Before a canary starts from the console: what it will send where (method, URL, rate, duration, about how many
// requests, the gate), every secret and environment variable it sends and the origin each goes to, the commands it
// will run on this machine, and TLS verification switched off — all in plain sight. Start hands the variables over
// and allows the commands; Cancel is the default.

#include "core/scenario/Scenario.h"

#include <QCoreApplication>

class QWidget;

namespace canary::ui {

class StartConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(canary::ui::StartConfirmation)
public:
    static bool ask(QWidget *parent, const Scenario &scenario);
    // What the confirmation says (public for the tests).
    static QString text(const Scenario &scenario);
};

} // namespace canary::ui
