#pragma once

#include <span>

namespace rapport::i18n {

/**
 * Qt's standard button texts (context "QPlatformTheme": OK, Cancel, Save, &Yes ...), carried in Rapport's own
 * translation files because Debian ships no Qt translation for Swedish: without them every dialog of a Swedish
 * Rapport would say "Cancel". Where Qt's own translation is installed (Polish, Russian, Ukrainian), it answers first.
 */
std::span<const char* const> qtStandardButtonTexts();

} // namespace rapport::i18n
