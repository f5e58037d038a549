#pragma once

#include "app/winback.h"

#include <QTreeWidget>

#include <cstddef>

namespace rapport::ui {

/**
 * The customers lost or lapsed lately (app::winBackList): Customer, Status, Value at stake, Win-back (attempts and
 * outcome), Reason, the highest value first, and the win-back rate and cost by reason beside the seed's benchmark in
 * summary(). The list reads the whole base: DueWorkLoader computes it on a worker, with the attention list.
 */
class WinBackList final : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int kCustomerIdRole = Qt::UserRole + 1; // as the attention list: the dashboard opens both alike

    explicit WinBackList(QWidget* parent = nullptr);
    /** Shows the list as loading (DueWorkLoader reads it with the attention list on a worker). */
    void showLoading();
    /** Shows the list, its reasons named from `catalogue`; an error says why the list could not be made. */
    void showList(app::WinBackList list, std::vector<core::ChurnReason> catalogue, const QString& error = {});
    [[nodiscard]] std::size_t total() const { return m_list.total; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /** How many are shown, the win-back rate and its cost beside the seed's benchmark, in three lines; rich text. */
    [[nodiscard]] QString summary() const;
    /** The win-back rate and cost by reason as an HTML table (the summary's tooltip); empty without rows. */
    [[nodiscard]] QString reasonTable() const;

    /** The recorded reason, or the suspected one with the figures behind it, in one sentence. */
    [[nodiscard]] QString reason(const analytics::WinBackRow& row) const;

signals:
    /** The rows changed (or a reload started): the page updates its label and its tab. */
    void loaded();

private:
    void show();
    [[nodiscard]] QString reasonName(const analytics::WinBackTally& tally) const;

    bool m_loading = false;
    QString m_error;
    app::WinBackList m_list;
    std::vector<core::ChurnReason> m_catalogue;
};

} // namespace rapport::ui
