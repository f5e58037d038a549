#pragma once

#include "core/service_level.h"

#include <QString>

namespace rapport::ui {

/** A level's rule in the user's words: "class A, B · stage client · churn lapsed, lost · value from percentile 80". */
QString serviceLevelRuleText(const core::ServiceLevelRule& rule);

} // namespace rapport::ui
