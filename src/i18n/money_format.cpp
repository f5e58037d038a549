#include "i18n/money_format.h"

#include <array>

namespace rapport::i18n {

namespace {

constexpr std::array kCurrencies{
    CurrencySign{"PLN", "zł"}, CurrencySign{"SEK", "kr"}, CurrencySign{"RUB", "₽"}, CurrencySign{"UAH", "₴"},
    CurrencySign{"EUR", "€"},  CurrencySign{"USD", "$"},  CurrencySign{"GBP", "£"},   CurrencySign{"NOK", "kr"},
    CurrencySign{"DKK", "kr"}, CurrencySign{"CZK", "Kč"}, CurrencySign{"CHF", "CHF"},
};

} // namespace

std::span<const CurrencySign> currencySigns() {
    return kCurrencies;
}

QString currencySymbol(const QString& isoCode) {
    for (const CurrencySign& currency : kCurrencies) {
        if (isoCode == QLatin1String(currency.code)) {
            return QString::fromUtf8(currency.symbol);
        }
    }
    return isoCode;
}

QString formatMoney(double majorUnits, const QString& isoCode, const QLocale& locale) {
    const QString symbol = currencySymbol(isoCode);
    // QLocale places the sign as the locale does (before or after, with or without a space).
    return symbol.isEmpty() ? locale.toString(majorUnits, 'f', 2) : locale.toCurrencyString(majorUnits, symbol, 2);
}

QString formatMoney(core::Money money, const QString& isoCode, const QLocale& locale) {
    return formatMoney(money.toDouble(), isoCode, locale);
}

} // namespace rapport::i18n
