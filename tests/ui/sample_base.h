#pragma once

#include "core/ids.h"

#include <QStringList>

#include <string>

namespace rapport::test {

/**
 * A small base the UI tests write themselves, with every kind of record the app shows (customers of each kind,
 * purchases and returns over three years, complaints with follow-ups, contact persons, tasks, cost lines, churn
 * records, assessments, a ladder stage set by hand and partnerships), so every page, tab and chart has something
 * to show after the analysis. Every text it stores is listed in `data`: whatever else a screen says comes from
 * the app.
 */
struct SampleBase {
    QStringList data;              // every name, city, note ... the base holds, as stored
    core::CustomerId organisation; // a customer with contact persons, costs, tasks, assessments and a partnership
    core::CustomerId lost;         // a customer recorded as lost
    core::CustomerId prospect;     // a customer without episodes, who may be deleted
};

/** Writes the sample base into a new database at `path`. */
SampleBase writeSampleBase(const std::string& path);

} // namespace rapport::test
