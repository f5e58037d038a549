#include "formatting.h"

#include "i18n/domain_terms.h"
#include "i18n/money_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QObject>
#include <QStringList>

namespace rapport::ui {

namespace {

/** The translation context of the words these helpers put around data. */
struct Formatting {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::Formatting)
};

} // namespace

QDate toQDate(core::Date date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

QString formatDate(const std::optional<core::Date>& date) {
    return date ? QLocale().toString(toQDate(*date), QLocale::ShortFormat) : QString();
}

namespace {

// The currency is the database's, not the locale's: a Polish business's amounts are złoty on an English screen
// too. One database is open at a time; workers may format while the window sets it, hence the lock.
QMutex currencyLock;
QString currencyOfDatabase;

} // namespace

void setDatabaseCurrency(const QString& isoCode) {
    const QMutexLocker locker(&currencyLock);
    currencyOfDatabase = isoCode;
}

QString databaseCurrency() {
    const QMutexLocker locker(&currencyLock);
    return currencyOfDatabase;
}

QString currencySymbol() {
    return i18n::currencySymbol(databaseCurrency());
}

QString formatMoney(core::Money money) {
    return formatAmount(money.toDouble());
}

QString formatIsoDate(const QString& iso) {
    const auto date = core::Date::parseIso(iso.toStdString());
    return date ? formatDate(*date) : iso;
}

QString formatDecimalAmount(const QString& decimal) {
    const auto amount = core::Money::parseDecimal(decimal.toStdString());
    return amount ? formatMoney(*amount) : decimal;
}

QString formatAmount(double majorUnits) {
    return i18n::formatMoney(majorUnits, databaseCurrency(), QLocale());
}

QString formatPercent(double fraction, int decimals) {
    // The locale's own way ("12 %" in Polish and Swedish, "12%" in English), with its decimal separator.
    const QLocale locale;
    const QString number = locale.toString(fraction * 100.0, 'f', decimals);
    return Formatting::tr("%1 %", "a percentage; write it as your language does, e.g. \"%1%\" or \"%1 %\"").arg(number);
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
    const QString number = Formatting::tr("#%1", "a customer's number").arg(id);
    return city.empty() ? Formatting::tr("%1 — %2", "customer name — number").arg(fromUtf8(name), number)
                        : Formatting::tr("%1 — %2 · %3", "customer name — city · number")
                              .arg(fromUtf8(name), fromUtf8(city), number);
}

QString ladderStageName(core::LadderStage stage) {
    return i18n::term(stage);
}

QString churnStatusName(core::ChurnStatus status) {
    return i18n::term(status);
}

QString fourGroupName(int group) {
    // The seed's four groups by purchase cost and frequency, numbered as it numbers them.
    switch (group) {
    case 1:
        return Formatting::tr("1 · High cost, frequent");
    case 2:
        return Formatting::tr("2 · Low cost, frequent");
    case 3:
        return Formatting::tr("3 · High cost, rare");
    case 4:
        return Formatting::tr("4 · Low cost, rare");
    default:
        return Formatting::tr("No purchase in the window");
    }
}

QString fourGroupShortName(int group) {
    return group >= 1 && group <= 4 ? QString::number(group) : QStringLiteral("–");
}

namespace {

QString documentName(const core::Episode& e) {
    if (e.reference.empty()) {
        return {};
    }
    const QString reference = fromUtf8(e.reference);
    switch (e.kind) {
    case core::EpisodeKind::Purchase:
        return Formatting::tr("Invoice %1").arg(reference);
    case core::EpisodeKind::Return:
        return Formatting::tr("Credit note %1").arg(reference);
    default:
        return Formatting::tr("Document %1").arg(reference);
    }
}

} // namespace

void DocumentLinks::add(const core::Episode& episode) {
    const auto name = documentName(episode);
    if (!name.isEmpty()) {
        m_documents[episode.id] = name;
    }
    if (episode.cancels) {
        m_cancelledBy[*episode.cancels] = name.isEmpty() ? Formatting::tr("a return") : name;
    }
}

void DocumentLinks::clear() {
    m_documents.clear();
    m_cancelledBy.clear();
}

QString DocumentLinks::documentOf(core::EpisodeId id) const {
    const auto found = m_documents.find(id);
    return found == m_documents.end() ? QString() : found->second;
}

QString DocumentLinks::cancelledBy(core::EpisodeId id) const {
    const auto found = m_cancelledBy.find(id);
    return found == m_cancelledBy.end() ? QString() : found->second;
}

QString episodeDocument(const core::Episode& e, const DocumentLinks* links) {
    QStringList parts;
    if (const auto name = documentName(e); !name.isEmpty()) {
        parts << name;
    }
    if (e.lineCount > 0) {
        parts << Formatting::tr("%Ln line(s)", "of an invoice", e.lineCount);
    }
    if (e.cancels) {
        const auto cancelled = links ? links->documentOf(*e.cancels) : QString();
        parts << (cancelled.isEmpty() ? Formatting::tr("cancels an earlier purchase")
                                      : Formatting::tr("cancels %1", "cancels Invoice 536365").arg(cancelled));
    }
    if (const auto by = links ? links->cancelledBy(e.id) : QString(); !by.isEmpty()) {
        parts << Formatting::tr("cancelled by %1", "cancelled by Credit note C537253").arg(by);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace rapport::ui
