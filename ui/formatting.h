#pragma once

#include "core/churn.h"
#include "core/date.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/money.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace rapport::ui {

// Dates, numbers and money in the user's locale; the domain's words for the core's codes (i18n::term).

QDate toQDate(core::Date date);
QString formatDate(const std::optional<core::Date>& date);
/**
 * The currency of the open database, as its ISO 4217 code ("PLN"); empty when it has none. The main window sets
 * it when a database opens and whenever its currency changes; every amount the app shows follows it.
 */
void setDatabaseCurrency(const QString& isoCode);
QString databaseCurrency();
/** The sign of the database's currency ("zł", "kr"), its code where Rapport knows no sign; empty without one. */
QString currencySymbol();
/**
 * An amount in the locale's way with the database's currency ("1 234,50 zł" in Polish, "£1,234.50" in British
 * English); a plain number ("1 234,50") when the database has no currency.
 */
QString formatMoney(core::Money money);
/** A date the core quotes in a message ("2026-11-30") as the user writes dates; other text as it is. */
QString formatIsoDate(const QString& iso);
/** An amount the core quotes in a message ("129.90") as the user writes amounts; other text as it is. */
QString formatDecimalAmount(const QString& decimal);
inline QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
QString formatAmount(double majorUnits); // money from analytics, which works in major units
QString formatPercent(double fraction, int decimals = 0);
QString formatCount(qlonglong count);
QDate toQDate(const std::optional<core::Date>& date);
core::Date fromQDate(const QDate& date);

/**
 * How a customer is offered for choosing: enough to tell namesakes apart ("Anna Kowalska — Kraków · #1234";
 * without a city "Anna Kowalska — #1234"). The number is the customer number shown on the card.
 */
QString customerChoiceLabel(std::string_view name, std::string_view city, std::int64_t id);

QString ladderStageName(core::LadderStage stage);
/**
 * Which listed documents cancel which, so a timeline names them by their numbers ("cancels Invoice 536490",
 * "cancelled by Credit note C537253"), never by internal episode numbers users never see.
 */
class DocumentLinks {
public:
    void add(const core::Episode& episode);
    void clear();
    /** "Invoice 536490" for a listed episode with a reference; empty otherwise. */
    [[nodiscard]] QString documentOf(core::EpisodeId id) const;
    /** The listed return that cancels this purchase, as "Credit note C537253"; empty when none is listed. */
    [[nodiscard]] QString cancelledBy(core::EpisodeId id) const;

private:
    std::unordered_map<core::EpisodeId, QString> m_documents;
    std::unordered_map<core::EpisodeId, QString> m_cancelledBy;
};

/**
 * The document an episode came from, for timelines: "Invoice 536365 · 7 lines", "Credit note C536379 · 1 line
 * · cancels Invoice 536365"; empty when it has neither a reference, a line count nor a link. `links` names the
 * other documents of the same list.
 */
QString episodeDocument(const core::Episode& episode, const DocumentLinks* links = nullptr);
QString churnStatusName(core::ChurnStatus status);
/** "1 High cost, frequent" ...; 0 is "No purchase in the window". */
QString fourGroupName(int group);
QString fourGroupShortName(int group); // "1", "2" ... as shown in a narrow column, with the name as tooltip

} // namespace rapport::ui
