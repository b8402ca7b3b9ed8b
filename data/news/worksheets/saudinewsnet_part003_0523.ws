# saudinewsnet_part003_0523 (annotator33)
@P2
GPE | السعودية | p2_ksa
LOC | المنطقة الغربية | p2_west1
REL | LOCATED_IN | p2_west1 | p2_ksa
MONEY | 1100 دولار | p2_money
GPE | الصين | p2_china
NORP | السعودي | p2_saudi1
PER | محمد عزوز | p2_azzouz
ORG | اللجنة الوطنية للمعادن والأحجار الكريمة | p2_committee
REL | ROLE | p2_azzouz | p2_committee
DATE | شهر رمضان | p2_ramadan
PERCENT | 30 في المائة | p2_pct
PER | محمد خضر | p2_khader
GPE | جدة | p2_jeddah
PER | خضير | p2_khudair
LOC | المنطقة الغربية | p2_west2
PER | محمد باريان | p2_barian
NORP | السعوديون | p2_saudi2
DATE | أمس | p2_yesterday
DATE | يوم الإثنين | p2_monday
GPE | شنغهاي | p2_shanghai
GPE | نيويورك | p2_ny
ORG | بورصة شنغهاي للذهب | p2_sge
