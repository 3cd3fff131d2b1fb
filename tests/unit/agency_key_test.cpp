#include <gtest/gtest.h>

#include "audit/agency_key.h"

namespace gklint {
namespace {

TEST(AgencyKey, TheSameAgencyWithOrWithoutItsBodyFormIsOneKey) {
    const std::string k = agency_key("平潭综合实验区");
    EXPECT_EQ(agency_key("平潭综合实验区管委会"), k);
    EXPECT_EQ(agency_key("平潭综合实验区管理委员会"), k);
    EXPECT_EQ(agency_key(" 平潭综合实验区 管委会 "), k);
    EXPECT_EQ(agency_key("洪泽区人民政府"), agency_key("洪泽区"));
    EXPECT_NE(agency_key("淮安市人民政府"), agency_key("洪泽区人民政府"));
    EXPECT_EQ(agency_key("政府") , "政府") << "a name that is only a body form stays itself";
}

TEST(AgencyKey, AliasesMapVariantsToOneAgency) {
    AgencyAliases aliases{{agency_key("岚岛"), agency_key("平潭综合实验区")}};
    EXPECT_EQ(agency_key("岚岛", aliases), agency_key("平潭综合实验区"));
}

TEST(AgencyKey, LevelFromTheAdministrativeWord) {
    EXPECT_EQ(agency_level("淮安市人民政府"), "市");
    EXPECT_EQ(agency_level("洪泽区人民政府"), "县");
    EXPECT_EQ(agency_level("临河县青石镇人民政府"), "乡镇");
    EXPECT_EQ(agency_level("南岗县自然资源局"), "部门");
    EXPECT_EQ(agency_level("某某"), "");
}

}  // namespace
}  // namespace gklint
