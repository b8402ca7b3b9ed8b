# saudinewsnet_part022_0677 (annotator54)
@P1
GPE | العراق | p1_iraq

@P2
ORG | عين اليوم | p2_ainalyoum          # the paper in its dateline
GPE | بغداد | p2_baghdad

@P3
# "آية الله" is a title and stays out; "الحكومة" alone is a common noun
NORP | الشيعي | p3_shia
GPE | العراق | p3_iraq
PER | علي السيستاني | p3_sistani
REL | ROLE | p3_sistani | p3_shia          # "المرجع الشيعي الأعلى" (as in saudinewsnet_part018_0210)
PER | حيدر العبادي | p3_abadi
REL | ROLE | p3_abadi | p3_iraq            # bare title "رئيس الوزراء", the country named in the same sentence
DATE | اليوم الجمعة | p3_friday
GPE | بغداد | p3_baghdad
GPE | البصرة | p3_basra

@P4
# "خلال الأسابيع القليلة الماضية" and "على مدى أعوام" are vague: no DATE
NORP | العراقيون | p4_iraqis
GPE | بغداد | p4_baghdad

@P5
# urging ("حث") Abadi to do more is neither a meeting nor a criticism
PER | السيستاني | p5_sistani
PER | العبادي | p5_abadi1
DATE | اليوم الجمعة | p5_friday
PER | العبادي | p5_abadi2
DATE | الشهر الماضي | p5_lastmonth

@P6
# "مساعد السيستاني" is an aide to a person (no ORG/GPE/NORP): no ROLE; "خطبة الجمعة" (the Friday sermon) is no DATE
PER | أحمد الصافي | p6_safi
PER | السيستاني | p6_sistani

@P8
# the government's fight against IS is military action: no CRITICIZES (§7.7)
ORG | الدولة الإسلامية | p8_is               # "تنظيم" dropped: the name stands alone in P9

@P9
# "55 عاما" is an age
PER | منتظر حاتم | p9_hatem
GPE | البصرة | p9_basra
DATE | اليوم الجمعة | p9_friday
ORG | داعش | p9_daesh
ORG | الدولة الإسلامية | p9_is

@P10
PER | سيستاني | p10_sistani                  # after "لل"

@P11
# "في الثمانينات من العمر" is an age, not a decade
PER | السيستاني | p11_sistani
PER | العبادي | p11_abadi
NORP | شيعي | p11_shia
