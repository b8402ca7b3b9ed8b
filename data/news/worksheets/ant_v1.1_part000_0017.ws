# ant_v1.1_part000_0017 (annotator42)
@P1
EVENT | مهرجان المدينة | p1_fest
GPE | سوسة | p1_sousse

@P2
EVENT | مهرجان المدينة | p2_fest
GPE | سوسة | p2_sousse
DATE | 8 الى 24 جوان 2017 | p2_dates

@P3
ORG | المندوبية الجهوية للشؤون الثقافية | p3_crc
ORG | بلدية سوسة | p3_municipality
NORP | الصوفية | p3_sufi1
# "خرجة المدينة" (title of the opening show) and "المدينة العتيقة" (the old town, common noun) not annotated
NORP | الصوفية | p3_sufi2
FAC | ساحة سيدي يحيى | p3_square
EVENT | مهرجان المدينة | p3_fest1
GPE | سوسة | p3_sousse1
PER | علي ساسي | p3_sassi
ORG | سلاطين الطرب | p3_salatin
NORP | السورية | p3_syrian
PER | الصادق عمار | p3_ammar
PER | الشاذلي الورغي | p3_wergui
PER | طارق الزرقاطي | p3_zarkati
PER | كمال العلاوي | p3_allaoui
PER | عبد الله بن علي | p3_benali
EVENT | مهرجان المدينة | p3_fest2
GPE | سوسة | p3_sousse2
NORP | الصوفي | p3_sufi3
PER | مراد باشا | p3_pacha
ORG | نادي السنباطي للموسيقى العربية | p3_sunbati
GPE | سوسة | p3_sousse3
ORG | معهد الرشيدي | p3_rachidia
REL | LOCATED_IN | p3_rachidia | p3_sousse3
ORG | معهد محمد عبد الوهاب | p3_abdelwahab
ORG | المعهد العالي للموسيقى | p3_ism
