# saudinewsnet_part027_0907 (annotator9)
@P1
ORG | مدينة الملك عبدالعزيز للعلوم والتقنية | p1_kacst
ORG | جامعة الملك عبدالله للعلوم والتقنية | p1_kaust

@P2
GPE | الرياض | p2_riyadh
DATE | 26 شوال 1436 هـ | p2_hijri
DATE | 11 أغسطس 2015 م | p2_greg
ORG | واس | p2_spa

@P3
PER | تركي بن سعود بن محمد | p3_turki
ORG | مدينة الملك عبدالعزيز للعلوم والتقنية | p3_kacst
ORG | جامعة الملك عبدالله للعلوم والتقنية | p3_kaust
PER | جان لو شامو | p3_chameau
REL | ROLE | p3_turki | p3_kacst
REL | ROLE | p3_chameau | p3_kaust
REL | MEET | p3_turki | p3_chameau

@P4
ORG | برنامج تمويل البحوث الابتكارية لقطاع الأعمال | p4_sir_ar
ORG | SIR | p4_sir

@P5
ORG | وزارتي التجارة والصناعة والعمل | p5_ministries
ORG | جامعة الملك عبد الله للعلوم والتقنية | p5_kaust

@P6
ORG | جامعة الملك عبدالله | p6_kaust
ORG | تكنوفيا | p6_technovia1
ORG | أرامكو | p6_aramco
ORG | جامعة الملك فهد للبترول والمعادن | p6_kfupm
ORG | الشركة السعودية للتنمية والاستثمار التقنـي | p6_taqnia_full
ORG | تقنية | p6_taqnia
ORG | آر تي آي ناشيونال | p6_rti
ORG | تكنوفيا | p6_technovia2
