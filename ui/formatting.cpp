#include "formatting.h"

#include <QLocale>
#include <QObject>
#include <QSettings>
#include <QStringList>

namespace rapport::ui {

QDate toQDate(core::Date date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

QString formatDate(const std::optional<core::Date>& date) {
    return date ? QLocale().toString(toQDate(*date), QLocale::ShortFormat) : QString();
}

QString currencySymbol() {
    // A base holds one currency (core::Money) and says nothing of which: "display/currency" in the settings
    // names it where the system's locale is not the business's; otherwise the locale's own currency.
    static const QString chosen = QSettings().value(QStringLiteral("display/currency")).toString().trimmed();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    const QLocale locale;
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    return symbol.isEmpty() ? locale.currencySymbol(QLocale::CurrencyIsoCode) : symbol;
}

QString formatMoney(core::Money money) {
    return formatAmount(money.toDouble());
}

QString humanize(std::string_view code) {
    QString text = fromUtf8(code);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString formatAmount(double majorUnits) {
    const QString symbol = currencySymbol();
    // The C locale knows no currency: a plain number rather than a stray sign.
    return symbol.isEmpty() ? QLocale().toString(majorUnits, 'f', 2)
                            : QLocale().toCurrencyString(majorUnits, symbol, 2);
}

QString formatPercent(double fraction, int decimals) {
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString formatCount(qlonglong count) {
    return QLocale().toString(count);
}

QDate toQDate(const std::optional<core::Date>& date) {
    return date ? toQDate(*date) : QDate();
}

core::Date fromQDate(const QDate& date) {
    return core::Date::fromYmd(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

QString customerChoiceLabel(std::string_view name, std::string_view city, std::int64_t id) {
    const QString number = QObject::tr("#%1").arg(id);
    return city.empty() ? QObject::tr("%1 — %2").arg(fromUtf8(name), number)
                        : QObject::tr("%1 — %2 · %3").arg(fromUtf8(name), fromUtf8(city), number);
}

QString ladderStageName(core::LadderStage stage) {
    switch (stage) {
    case core::LadderStage::Prospect:
        return QObject::tr("Prospect");
    case core::LadderStage::Customer:
        return QObject::tr("Customer");
    case core::LadderStage::Client:
        return QObject::tr("Client");
    case core::LadderStage::Supporter:
        return QObject::tr("Supporter");
    case core::LadderStage::Advocate:
        return QObject::tr("Advocate");
    case core::LadderStage::Partner:
        return QObject::tr("Partner");
    }
    return {};
}

QString churnStatusName(core::ChurnStatus status) {
    switch (status) {
    case core::ChurnStatus::Active:
        return QObject::tr("Active");
    case core::ChurnStatus::AtRisk:
        return QObject::tr("At risk");
    case core::ChurnStatus::Lapsed:
        return QObject::tr("Lapsed");
    case core::ChurnStatus::Lost:
        return QObject::tr("Lost");
    }
    return {};
}

QString fourGroupName(int group) {
    switch (group) {
    case 1:
        return QObject::tr("1 · High cost, frequent");
    case 2:
        return QObject::tr("2 · Low cost, frequent");
    case 3:
        return QObject::tr("3 · High cost, rare");
    case 4:
        return QObject::tr("4 · Low cost, rare");
    default:
        return QObject::tr("No purchase in the window");
    }
}

QString fourGroupShortName(int group) {
    return group >= 1 && group <= 4 ? QString::number(group) : QObject::tr("–");
}

QString episodeDocument(const core::Episode& e) {
    QStringList parts;
    if (!e.reference.empty()) {
        const QString reference = fromUtf8(e.reference);
        switch (e.kind) {
        case core::EpisodeKind::Purchase:
            parts << QObject::tr("Invoice %1").arg(reference);
            break;
        case core::EpisodeKind::Return:
            parts << QObject::tr("Credit note %1").arg(reference);
            break;
        default:
            parts << QObject::tr("Document %1").arg(reference);
            break;
        }
    }
    if (e.lineCount > 0) {
        // Two forms spelled out: without a loaded translation Qt leaves "%n line(s)" as it is.
        parts << (e.lineCount == 1 ? QObject::tr("1 line") : QObject::tr("%1 lines").arg(e.lineCount));
    }
    if (e.cancels) {
        parts << QObject::tr("cancels episode #%1").arg(*e.cancels);
    }
    return parts.join(QObject::tr(" · "));
}

} // namespace rapport::ui
