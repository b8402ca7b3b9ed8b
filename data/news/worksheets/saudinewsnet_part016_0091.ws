# saudinewsnet_part016_0091 (annotator34)
@P1
GPE | طيبة | p1_taiba

@P2
PER | يحيى سيف | p2_yahya
ORG | امانة المدينة المنورة | p2_amana
GPE | المدينة المنورة | p2_madina
DATE | يوم 25 شوال | p2_date
REL | ROLE | p2_yahya | p2_amana

@P4
PER | يحيى سيف | p4_yahya
GPE | المدينة المنورة | p4_madina
PER | خالد طاهر | p4_khalid
ORG | بلدية قباء | p4_quba
ORG | بلدية العيون | p4_uyun
ORG | بلدية العوالي | p4_awali
DATE | يوم الأربعاء المقبل | p4_wednesday
FAC | الحي التراثي المديني | p4_heritage
FAC | حديقة الملك فهد | p4_park
ORG | البيداء | p4_baida
ORG | أحد | p4_uhud
ORG | العقيق | p4_aqiq
ORG | العاقول | p4_aqul
ORG | الفريش | p4_furaysh
ORG | الصويدرة | p4_suwaydira
ORG | أبيار الماشي | p4_abyar
REL | ROLE | p4_khalid | p4_madina

@P5
GPE | المدينة المنورة | p5_madina
ORG | اللجنة المحلية للانتخابات البلدية | p5_committee
DATE | مطلع ذي القعدة المقبل | p5_date

@P6
GPE | المدينة المنورة | p6_madina
