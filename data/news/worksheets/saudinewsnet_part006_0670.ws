# saudinewsnet_part006_0670 (annotator9)
@P1
GPE | أمريكا | p1_us
GPE | كوبا | p1_cuba
EVENT | الحرب الباردة | p1_coldwar

@P2
ORG | عين اليوم | p2_ainalyoum
GPE | واشنطن | p2_washington

@P3
GPE | الولايات المتحدة | p3_us
GPE | كوبا | p3_cuba
EVENT | الحرب الباردة | p3_coldwar

@P4
NORP | الأمريكي | p4_us
PER | باراك أوباما | p4_obama
NORP | الكوبي | p4_cuban
PER | راؤول كاسترو | p4_castro
DATE | 17 ديسمبر كانون الاول | p4_date
REL | ROLE | p4_obama | p4_us
REL | ROLE | p4_castro | p4_cuban

@P5
PER | برونو رودريجيز | p5_rodriguez
NORP | الكوبي | p5_cuban
ORG | سفارة هافانا | p5_embassy
GPE | واشنطن | p5_washington
REL | LOCATED_IN | p5_embassy | p5_washington

@P6
ORG | وزارة الخارجية الأمريكية | p6_state
PER | جون كيري | p6_kerry
PER | رودريجيز | p6_rodriguez
NORP | كوبي | p6_cuban
GPE | واشنطن | p6_washington
EVENT | الثورة الكوبية | p6_revolution
DATE | عام 1959 | p6_1959
REL | ROLE | p6_kerry | p6_state
REL | MEET | p6_kerry | p6_rodriguez
REL | ROLE | p6_rodriguez | p6_cuban
REL | VISIT | p6_rodriguez | p6_washington

@P7
NORP | الكوبيين | p7_cubans
ORG | السفارة الأمريكية | p7_embassy
GPE | هافانا | p7_havana
NORP | الأمريكي | p7_us
PER | كيري | p7_kerry
DATE | الشهر المقبل | p7_nextmonth
GPE | أمريكا | p7_us_kw
PER | كاسترو | p7_castro_kw
GPE | كوبا | p7_cuba_kw
REL | LOCATED_IN | p7_embassy | p7_havana
REL | VISIT | p7_kerry | p7_havana
