#pragma once

#include "core/validation.h"

#include <QHash>
#include <QString>

#include <vector>

namespace rapport::ui {

/**
 * The problems a core validation found, one per line, each under the label the user sees in the dialog
 * ("Name: is required") instead of the stored field's name. `labels` maps field names to those labels; an
 * indexed field ("emails[1]") takes its list's label with the position counted from one ("E-mail 2").
 */
QString fieldProblems(const std::vector<core::FieldError>& errors, const QHash<QString, QString>& labels);

} // namespace rapport::ui
