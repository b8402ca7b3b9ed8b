# saudinewsnet_part008_0267 (annotator53)
# Teams named by their country are GPE (as in saudinewsnet_part008_1021); "منتخب إيطاليا" is one ORG. No relations: the
# draw and the groups state no role, visit or support.
@P1
GPE | إيطاليا | p1_italy
GPE | فرنسا | p1_france
GPE | ألمانيا | p1_germany

@P2
ORG | الاتحاد الدولي لكرة القدم | p2_fifa1
ORG | فيفا | p2_fifa2
NORP | الأوروبية | p2_european
EVENT | مونديال | p2_mondial
DATE | 2018 | p2_2018
GPE | روسيا | p2_russia
GPE | سان بطرسبورج | p2_spb
GPE | إيطاليا | p2_italy            # "منتخبا إيطاليا وفرنسا": the dual head is shared by both countries, so two GPEs
GPE | فرنسا | p2_france

@P3
ORG | الفيفا | p3_fifa
NORP | الأوروبية | p3_european
GPE | ألمانيا | p3_1
GPE | بلجيكا | p3_2
GPE | هولندا | p3_3
GPE | البرتغال | p3_4
GPE | رومانيا | p3_5
GPE | إنجلترا | p3_6
GPE | ويلز | p3_7
GPE | إسبانيا | p3_8
GPE | كرواتيا | p3_9

@P4
ORG | منتخب إيطاليا | p4_italy
GPE | فرنسا | p4_france
GPE | ألمانيا | p4_germany

@P6
GPE | ألمانيا | p6_1
GPE | بلجيكا | p6_2
GPE | هولندا | p6_3
GPE | البرتغال | p6_4
GPE | رومانيا | p6_5
GPE | إنجلترا | p6_6
GPE | ويلز | p6_7
GPE | إسبانيا | p6_8
GPE | كرواتيا | p6_9

@P7
GPE | سلوفاكيا | p7_1
GPE | النمسا | p7_2
GPE | إيطاليا | p7_3
GPE | سويسرا | p7_4
GPE | تشيكيا | p7_5
GPE | فرنسا | p7_6
GPE | ايسلندا | p7_7
GPE | الدنمارك | p7_8
GPE | البوسنة | p7_9

@P8
GPE | أوكرانيا | p8_1
GPE | اسكتلندا | p8_2
GPE | بولندا | p8_3
GPE | المجر | p8_4
GPE | السويد | p8_5
GPE | ألبانيا | p8_6
GPE | إيرلندا | p8_7
GPE | صربيا | p8_8
GPE | اليونان | p8_9

@P9
GPE | تركيا | p9_1
GPE | سلوفينيا | p9_2
GPE | إسرائيل | p9_3
GPE | إيرلندا الشمالية | p9_4
GPE | النروج | p9_5
GPE | بلغاريا | p9_6
GPE | جزر الفارو | p9_7
GPE | مونتينيغرو | p9_8
GPE | أستونيا | p9_9

@P10
GPE | قبرص | p10_1
GPE | لاتفيا | p10_2
GPE | أرمينيا | p10_3
GPE | فنلندا | p10_4
GPE | بيلاروسيا | p10_5
GPE | مقدونيا | p10_6
GPE | أذربيجان | p10_7
GPE | مولدافيا | p10_8
GPE | ليتوانيا | p10_9

@P11
GPE | كازاخستان | p11_1
GPE | لوكسمبورج | p11_2
GPE | ليشتنشتاين | p11_3
GPE | جورجيا | p11_4
GPE | مالطا | p11_5
GPE | سان مارينو | p11_6
GPE | اندورا | p11_7

@P12
NORP | الأوروبية | p12_european
EVENT | مونديال روسيا | p12_mondial        # host country inside the tournament's common name
DATE | الرابع من أيلول (سبتمبر) 2016 | p12_start
DATE | العاشر من تشرين الأول (أكتوبر) 2017 | p12_end

@P13
EVENT | مونديال روسيا | p13_mondial1
DATE | 2018 | p13_2018            # a year after the short name "مونديال" is a DATE of its own (§7.7)
LOC | أوروبا | p13_europe
EVENT | مونديال روسيا | p13_mondial2
ORG | المنتخب الروسي | p13_russia
