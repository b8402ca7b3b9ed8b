# saudinewsnet_part022_0982 (annotator51)
# "المملكة" alone (P1-P4, P7-P10, P12-P14) is the writer's own country: not annotated (§7.1).
@P3
NORP | البريطانية | p3_british
ORG | اكسفورد بزنس جروب | p3_obg
DATE | العام الماضي | p3_lastyear
MONEY | 80 مليار ريال | p3_80bn
ORG | وزارة التربية والتعليم | p3_moe

@P4
DATE | عام 2015م | p4_2015              # "للعام 2015م": لل rule
MONEY | 217 مليار ريال | p4_217bn
PERCENT | 3% | p4_3pct
DATE | العام الماضي | p4_lastyear

@P6
LOC | الشرق الأوسط | p6_me
MONEY | 443 مليون دولار | p6_443m
DATE | عام 2013م | p6_2013
MONEY | 560.7 مليون دولار | p6_560m
DATE | عام 2016م | p6_2016
ORG | دوسيبو | p6_docebo

@P7
# "الخطة الوطنية لتطوير التعليم الإلكتروني" is a plan named by what it does: not LAW
PERCENT | 8.2% | p7_pct
DATE | قبل عشر سنوات | p7_tenyears
ORG | المركز الوطني للتعليم الإلكتروني والتعليم عن بُعد | p7_ncel

@P8
# "المدير العام للمركز": the centre is named only in P7, so no ROLE
PER | عبد الله المقرن | p8_muqrin
NORP | السعوديين | p8_saudis

@P9
PER | عبد الله الموسى | p9_mousa
ORG | الجامعة الإلكترونية السعودية | p9_seu
REL | ROLE | p9_mousa | p9_seu

@P10
PER | الموسى | p10_mousa
ORG | جامعة ولاية كولورادو | p10_csu
ORG | جامعة فرانكلين | p10_franklin
GPE | الولايات المتحدة | p10_us
REL | LOCATED_IN | p10_csu | p10_us
REL | LOCATED_IN | p10_franklin | p10_us

@P12
NORP | السعودي | p12_saudi
PER | محمد العبادي | p12_abbadi
ORG | سيسكو سيستمز | p12_cisco
NORP | السعودية | p12_saudi2           # a company's trailing nationality, as for banks (§7.7)
REL | ROLE | p12_abbadi | p12_cisco

@P14
GPE | المملكة العربية السعودية | p14_ksa   # inside the paper's title
ORG | مجلة الشرق الأدنى والأوسط لبحوث والتعليم | p14_journal

@P15
ORG | شركة تطوير للخدمات التعليمية | p15_tatweer
ORG | بيرسون | p15_pearson
