# saudinewsnet_part011_1065 (annotator10)
@P1
GPE | الأفلاج | p1_aflaj

@P2
ORG | عين اليوم | p2_ainalyoum
GPE | الرياض | p2_riyadh

@P3
ORG | مدينة الملك عبد العزيز للعلوم والتقنية | p3_kacst
ORG | الشركة السعودية للكهرباء | p3_sec
ORG | تقنية للطاقة | p3_taqnia
GPE | الأفلاج | p3_aflaj

@P4
PER | تركي بن سعود بن محمد | p4_turki
ORG | مدينة الملك عبدالعزيز للعلوم والتقنية | p4_kacst
PER | زياد بن محمد الشيحة | p4_shiha
ORG | شركة السعودية للكهرباء | p4_sec
PER | عبد الرحمن بن علي المهنا | p4_muhanna
ORG | تقنية للطاقة | p4_taqnia
REL | ROLE | p4_turki | p4_kacst
REL | ROLE | p4_shiha | p4_sec
REL | ROLE | p4_muhanna | p4_taqnia

@P5
ORG | الشركة السعودية للكهرباء | p5_sec
ORG | تقنية للطاقة | p5_taqnia

@P6
ORG | تقنية للطاقة | p6_taqnia
ORG | تقنية | p6_taqnia2
ORG | الشركة السعودية للكهرباء | p6_sec
MONEY | 18.75 هلله | p6_price
GPE | الافلاج | p6_aflaj
FAC | محطة ليلي | p6_laila
REL | LOCATED_IN | p6_laila | p6_aflaj

@P7
MONEY | 900 مليون ريال | p7_money

@P8
ORG | مدينة الملك عبد العزيز للعلوم والتقنية | p8_kacst
ORG | الشركة السعودية للكهرباء | p8_sec
ORG | الشركة السعودية للكهرباء | p8_sec2
ORG | شركة السعودية للكهرباء | p8_sec3
ORG | معهد بحوث المياه والطاقة | p8_institute

@P9
ORG | شركة الكهرباء | p9_sec

@P10
GPE | الافلاج | p10_aflaj
ORG | مدينة الملك عبدالعزيز للتقنية | p10_kacst
