# saudinewsnet_part027_0316 (annotator6)
@P1
ORG | خلية الظواهري | p1_cell

@P2
ORG | محكمة جنايات القاهرة | p2_court
DATE | أمس | p2_yesterday
ORG | خلية الظواهري | p2_cell
NORP | المصرية | p2_egyptian
DATE | 27 سبتمبر المقبل | p2_sep27
PER | محمد الظواهري | p2_mzawahiri
ORG | القاعدة | p2_qaeda
PER | أيمن الظواهري | p2_azawahiri
REL | ROLE | p2_mzawahiri | p2_cell
REL | ROLE | p2_azawahiri | p2_qaeda

@P3
ORG | القاعدة | p3_qaeda
NORP | الأقباط | p3_copts
PER | محمد الظواهري | p3_mzawahiri
DATE | منتصف أغسطس 2013 | p3_aug2013
EVENT | اعتصامي رابعة والنهضة | p3_sitins
GPE | مصر | p3_egypt
EVENT | ثورة 25 يناير | p3_revolution
DATE | 2011 | p3_2011

@P4
ORG | تنظيم الجهاد | p4_jihad
PER | محمد مرسي | p4_morsi

@P5
ORG | الإخوان | p5_mb

@P6
PER | محمد أبو الفتوح | p6_abulfotouh
ORG | لجنة التحفظ وإدارة أموال جماعة الإخوان | p6_committee
GPE | القاهرة | p6_cairo
GPE | الجيزة | p6_giza
GPE | الغربية | p6_gharbia
GPE | دمياط | p6_damietta
GPE | أسيوط | p6_assiut
ORG | وزارة الصحة | p6_moh
REL | ROLE | p6_abulfotouh | p6_committee

@P8
ORG | وزارة الداخلية | p8_moi
PER | هشام العزب | p8_azab
PER | أحمد فكرى | p8_fikry
PER | مصطفى على | p8_mostafa
ORG | الإدارة العامة لمرور القاهرة | p8_traffic
FAC | ميدان المحكمة | p8_square
GPE | مصر الجديدة | p8_heliopolis
GPE | القاهرة | p8_cairo
DATE | أمس | p8_yesterday
REL | ROLE | p8_azab | p8_traffic
REL | ROLE | p8_fikry | p8_traffic
REL | ROLE | p8_mostafa | p8_traffic
REL | LOCATED_IN | p8_square | p8_heliopolis
REL | LOCATED_IN | p8_heliopolis | p8_cairo

@P9
PER | عمرو عبدالرازق | p9_abdelrazek
ORG | محكمة أمن الدولة العليا | p9_sscourt
ORG | الوطن | p9_watan
NORP | المصري | p9_egyptian
PER | عبدالفتاح السيسي | p9_sisi
FAC | قناة السويس الجديدة | p9_canal
REL | ROLE | p9_abdelrazek | p9_sscourt
REL | ROLE | p9_sisi | p9_egyptian
