#include "formatting.h"

#include "i18n/money_format.h"

#include <QLocale>
#include <QMutex>
#include <QObject>
#include <QStringList>

namespace rapport::ui {

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

QString humanize(std::string_view code) {
    QString text = fromUtf8(code);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString formatAmount(double majorUnits) {
    return i18n::formatMoney(majorUnits, databaseCurrency(), QLocale());
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

namespace {

QString documentName(const core::Episode& e) {
    if (e.reference.empty()) {
        return {};
    }
    const QString reference = fromUtf8(e.reference);
    switch (e.kind) {
    case core::EpisodeKind::Purchase:
        return QObject::tr("Invoice %1").arg(reference);
    case core::EpisodeKind::Return:
        return QObject::tr("Credit note %1").arg(reference);
    default:
        return QObject::tr("Document %1").arg(reference);
    }
}

} // namespace

void DocumentLinks::add(const core::Episode& episode) {
    const auto name = documentName(episode);
    if (!name.isEmpty()) {
        m_documents[episode.id] = name;
    }
    if (episode.cancels) {
        m_cancelledBy[*episode.cancels] = name.isEmpty() ? QObject::tr("a return") : name;
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
        // Two forms spelled out: without a loaded translation Qt leaves "%n line(s)" as it is.
        parts << (e.lineCount == 1 ? QObject::tr("1 line") : QObject::tr("%1 lines").arg(e.lineCount));
    }
    if (e.cancels) {
        const auto cancelled = links ? links->documentOf(*e.cancels) : QString();
        parts << (cancelled.isEmpty() ? QObject::tr("cancels an earlier purchase")
                                      : QObject::tr("cancels %1").arg(cancelled));
    }
    if (const auto by = links ? links->cancelledBy(e.id) : QString(); !by.isEmpty()) {
        parts << QObject::tr("cancelled by %1").arg(by);
    }
    return parts.join(QObject::tr(" · "));
}

} // namespace rapport::ui
