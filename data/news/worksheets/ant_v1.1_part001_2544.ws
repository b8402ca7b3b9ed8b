# ant_v1.1_part001_2544 (annotator45)
# "بغار الحربوش" is the name with the preposition ب as written ("ما يعرف بـ"); the span drops it.
@P1
LOC | غار الحربوش | p1_ghar

@P2
LOC | واد العامة | p2_wadi
LOC | غار الحربوش | p2_ghar
LOC | الرياض 3 | p2_riadh
GPE | قصر هلال | p2_ksar
GPE | المنستير | p2_monastir
REL | LOCATED_IN | p2_wadi | p2_riadh
REL | LOCATED_IN | p2_ghar | p2_riadh
REL | LOCATED_IN | p2_riadh | p2_ksar
REL | LOCATED_IN | p2_ksar | p2_monastir

@P3
# "مثال التهيئة العمراني" (each municipality's urban plan, generic) and "محطة التطهير" are not annotated
DATE | سنة 2005 | p3_2005
ORG | وات | p3_tap
ORG | بلدية قصر هلال | p3_mun1
PER | عادل البك | p3_bek
DATE | يوم 10 أفريل الجارى | p3_date
LOC | غار الحربوش | p3_ghar
LOC | الرياض 3 | p3_riadh
ORG | بلدية قصر هلال | p3_mun2
MONEY | 900 ألف دينار | p3_money
ORG | البرنامج الجهوي للتنمية | p3_prd
ORG | بلدية قصر هلال | p3_mun3
ORG | المجلس الجهوي | p3_council
GPE | المنستير | p3_monastir
REL | ROLE | p3_bek | p3_mun1
REL | LOCATED_IN | p3_ghar | p3_riadh
REL | LOCATED_IN | p3_council | p3_monastir
