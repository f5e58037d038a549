#pragma once

#include "core/money.h"

#include <QLocale>
#include <QString>

#include <span>

namespace rapport::i18n {

/** A currency a database can be kept in: its ISO 4217 code and the sign readers of its country write. */
struct CurrencySign {
    const char* code;   // "PLN"
    const char* symbol; // "zł"
};

/** The currencies offered when a database is created: PLN, SEK, RUB, UAH, EUR, USD, GBP and neighbours. */
std::span<const CurrencySign> currencySigns();
/** "zł" for "PLN"; the code itself for a currency without a sign here, empty for an empty code. */
QString currencySymbol(const QString& isoCode);

/**
 * An amount in the locale's way with its currency's sign: "12 345,67 zł" in Polish, "12 345,67 kr" in Swedish,
 * "€12,345.67" in English. Without a currency code just the number ("12 345,67").
 */
QString formatMoney(double majorUnits, const QString& isoCode, const QLocale& locale = QLocale());
QString formatMoney(core::Money money, const QString& isoCode, const QLocale& locale = QLocale());

} // namespace rapport::i18n
