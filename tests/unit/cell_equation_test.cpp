#include "packs/cell_equation.h"

#include <map>
#include <stdexcept>

#include <gtest/gtest.h>

namespace gklint {
namespace {

CellEquation::Lookup from(const std::map<std::string, double>& values) {
    return [values](const std::string& key) -> std::optional<double> {
        auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    };
}

// Table 三, column 总计 of sample 002: 一 + 二 = （七）总计 + 四.
TEST(CellEquation, IdentityOfTableThreeHolds) {
    auto eq = CellEquation::parse("new + carried_over == handled_total + carried_forward");
    std::vector<std::string> keys{"new", "carried_over", "handled_total", "carried_forward"};
    auto ev = eq.evaluate(keys, from({{"new", 5}, {"carried_over", 1}, {"handled_total", 6}, {"carried_forward", 0}}), 0);
    EXPECT_TRUE(ev.assessable);
    EXPECT_TRUE(ev.holds);
    EXPECT_EQ(ev.left, 6);
    EXPECT_EQ(ev.right, 6);
}

TEST(CellEquation, IdentityViolatedReportsBothSides) {
    auto eq = CellEquation::parse("new + carried_over == handled_total + carried_forward");
    std::vector<std::string> keys{"new", "carried_over", "handled_total", "carried_forward"};
    auto ev = eq.evaluate(keys, from({{"new", 5}, {"carried_over", 1}, {"handled_total", 4}, {"carried_forward", 1}}), 0);
    EXPECT_TRUE(ev.assessable);
    EXPECT_FALSE(ev.holds);
    EXPECT_EQ(ev.left, 6);
    EXPECT_EQ(ev.right, 5);
}

TEST(CellEquation, PrefixSumsEveryChildRowButNotTheParent) {
    auto eq = CellEquation::parse("handled_total == disclosed + withheld_*");
    std::vector<std::string> keys{"disclosed", "withheld_secret", "withheld_law", "handled_total", "withheld"};
    auto ev = eq.evaluate(keys,
                          from({{"disclosed", 2}, {"withheld_secret", 1}, {"withheld_law", 3}, {"handled_total", 6},
                                {"withheld", 100}}),
                          0);
    EXPECT_TRUE(ev.holds);
    EXPECT_EQ(eq.expand(eq.right()[1], keys), (std::vector<std::string>{"withheld_secret", "withheld_law"}));
}

TEST(CellEquation, MissingCellMakesItNotAssessableRatherThanWrong) {
    auto eq = CellEquation::parse("total == a + b");
    auto ev = eq.evaluate({"total", "a", "b"}, from({{"total", 3}, {"a", 1}}), 0);
    EXPECT_FALSE(ev.assessable);
    EXPECT_TRUE(ev.holds);
    EXPECT_EQ(ev.missing, std::vector<std::string>{"b"});
}

TEST(CellEquation, ToleranceAndInequalities) {
    std::vector<std::string> keys{"a", "b"};
    EXPECT_TRUE(CellEquation::parse("a == b").evaluate(keys, from({{"a", 1.004}, {"b", 1}}), 0.01).holds);
    EXPECT_FALSE(CellEquation::parse("a == b").evaluate(keys, from({{"a", 1.1}, {"b", 1}}), 0.01).holds);
    EXPECT_TRUE(CellEquation::parse("a <= b").evaluate(keys, from({{"a", 1}, {"b", 2}}), 0).holds);
    EXPECT_FALSE(CellEquation::parse("a >= b + 2").evaluate(keys, from({{"a", 3}, {"b", 2}}), 0).holds);
    EXPECT_TRUE(CellEquation::parse("-a + 5 > b").evaluate(keys, from({{"a", 1}, {"b", 2}}), 0).holds);
}

TEST(CellEquation, SyntaxErrorsNameTheColumn) {
    try {
        CellEquation::parse("a + == b");
        FAIL() << "expected an error";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("column 5"), std::string::npos) << e.what();
    }
    EXPECT_THROW(CellEquation::parse("a + b"), std::invalid_argument);
    EXPECT_THROW(CellEquation::parse("a == b c"), std::invalid_argument);
}

}  // namespace
}  // namespace gklint
