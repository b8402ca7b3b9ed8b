# saudinewsnet_part015_0373 (annotator12)
@P1
ORG | النصر | p1_nassr
ORG | السد | p1_sadd
NORP | القطري | p1_qatari

@P2
ORG | النصر | p2_nassr
DATE | اليوم الأحد | p2_sun
GPE | كابرون | p2_kaprun
NORP | النمساوية | p2_austrian
ORG | السد | p2_sadd
NORP | القطري | p2_qatari
GPE | النمسا | p2_austria
REL | VISIT | p2_nassr | p2_kaprun
REL | VISIT | p2_sadd | p2_kaprun
REL | VISIT | p2_nassr | p2_austria

@P3
PER | داسيلفا | p3_dasilva
PER | نايف هزازي | p3_hazazi
PER | حسن الراهب | p3_rahib
PER | محمد السهلاوي | p3_sahlawi

@P4
PER | الهزازي | p4_hazazi
ORG | كونيا سبورت | p4_konya
NORP | التركي | p4_turkish
PER | حسين شيعان | p4_shiaan
PER | محمد حسين | p4_mhussein
PER | عمر هوساوي | p4_hawsawi
PER | أحمد عكاش | p4_akkash
PER | خالد الغامدي | p4_ghamdi
PER | عبدالعزيز الجبرين | p4_jebreen
PER | شايع شراحيلي | p4_sharahili
PER | يحي الشهري | p4_shehri
PER | أدريان | p4_adrian
PER | السهلاوي | p4_sahlawi
PER | الراهب | p4_rahib

@P5
PER | إبراهيم غالب | p5_ghaleb

@P6
ORG | سفارة خادم الحرمين الشريفين | p6_embassy
DATE | أمس | p6_yesterday
ORG | النصر | p6_nassr
