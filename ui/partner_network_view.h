#pragma once

#include "core/partnership.h"

#include <QWidget>

#include <vector>

namespace rapport::ui {

/**
 * The firm at the centre with its partners around it: the vertical chain (suppliers and manufacturers
 * above, intermediaries, distributors and retailers below) and the horizontal links (competitors and
 * complementary firms to the sides), others in the corners. Ended partnerships are drawn dashed.
 */
class PartnerNetworkView final : public QWidget {
    Q_OBJECT

public:
    explicit PartnerNetworkView(QWidget* parent = nullptr);
    void setPartnerships(std::vector<core::Partnership> partnerships);
    [[nodiscard]] QSize sizeHint() const override { return {640, 480}; }

signals:
    void partnershipClicked(qlonglong id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Placed {
        std::size_t index;
        QRectF box;
    };
    [[nodiscard]] std::vector<Placed> layoutNodes() const;

    std::vector<core::Partnership> m_partnerships;
};

} // namespace rapport::ui
