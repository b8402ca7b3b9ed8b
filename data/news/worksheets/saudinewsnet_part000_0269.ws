@P1
NORP | مصرية | p1_egy
EVENT | وايز | p1_wise
DATE | عام 2015 | p1_2015

@P2
ORG | نفهم | p2_nafham
EVENT | مؤتمر القمة العالمي للابتكار في التعليم | p2_summit
EVENT | وايز | p2_wise
EVENT | WISE | p2_wise_lat
EVENT | وايز | p2_wise2
DATE | عام 2015 | p2_2015

@P3
ORG | نفهم | p3_nafham

@P4
GPE | مصر | p4_egypt
GPE | السعودية | p4_ksa
GPE | سوريا | p4_syria
GPE | الجزائر | p4_algeria
GPE | الكويت | p4_kuwait
ORG | سامسونغ | p4_samsung

@P5
PER | مصطفي فرحات | p5_farhat
ORG | نفهم | p5_nafham
ORG | الشرق الأوسط | p5_asharq
EVENT | وايز | p5_wise
DATE | هذا العام | p5_year
NORP | المصرية | p5_egy
REL | ROLE | p5_farhat | p5_nafham

@P6
EVENT | وايز | p6_wise
DATE | هذا العام | p6_year

@P8
DATE | شهر سبتمبر (أيلول) المقبل | p8_sep
EVENT | مؤتمر القمة العالمي للابتكار في التعليم | p8_summit
DATE | 3 إلى 5 نوفمبر (تشرين الثاني) 2015 | p8_nov
NORP | القطرية | p8_qatari
GPE | الدوحة | p8_doha
MONEY | 20000 دولار أميركي | p8_money

@P9
EVENT | وايز | p9_wise
DATE | 2015 | p9_2015
ORG | البيرق | p9_bairaq
GPE | قطر | p9_qatar
ORG | أكاديميات بريدج الدولية | p9_bridge
GPE | كينيا | p9_kenya
ORG | مكتبة الفيديو للأطفال بلغة الإشارة | p9_videolib
GPE | الأرجنتين | p9_argentina
ORG | استكشاف التنوع | p9_diversity
GPE | أستراليا | p9_australia
ORG | مشروع الفتاة المهندسة | p9_girleng
ORG | Girl Eng | p9_girleng_lat
GPE | جنوب أفريقيا | p9_southafrica
ORG | الشبكة المشتركة لوكالات التعليم في حالات الطوارئ | p9_inee
GPE | الولايات المتحدة | p9_us
REL | LOCATED_IN | p9_bairaq | p9_qatar
REL | LOCATED_IN | p9_bridge | p9_kenya
REL | LOCATED_IN | p9_videolib | p9_argentina
REL | LOCATED_IN | p9_diversity | p9_australia
REL | LOCATED_IN | p9_girleng_lat | p9_southafrica
REL | LOCATED_IN | p9_inee | p9_us

@P10
EVENT | مؤتمر القمة العالمي للابتكار في التعليم | p10_summit
EVENT | وايز | p10_wise
ORG | مؤسسة قطر | p10_qf
DATE | عام 2009 | p10_2009
DATE | عام 2009 | p10_2009b
EVENT | وايز | p10_wise2
