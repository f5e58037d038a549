#pragma once

#include "core/enum_names.h"
#include "i18n/domain_terms.h"

#include <QComboBox>

#include <optional>

namespace rapport::ui {

/**
 * Fills a combo with every value of a core enum in the domain's words (i18n::term; item data = the value),
 * optionally after a "none" item.
 */
template <typename Enum> void fillEnumCombo(QComboBox* combo, const QString& noneText = {}) {
    if (!noneText.isEmpty()) {
        combo->addItem(noneText);
    }
    for (const auto& [value, code] : core::EnumNames<Enum>::values) {
        combo->addItem(i18n::term(value), static_cast<int>(value));
    }
}

template <typename Enum> std::optional<Enum> comboValue(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional(static_cast<Enum>(data.toInt())) : std::nullopt;
}

template <typename Enum> void setComboValue(QComboBox* combo, const std::optional<Enum>& value) {
    combo->setCurrentIndex(value ? std::max(0, combo->findData(static_cast<int>(*value))) : 0);
}

} // namespace rapport::ui
